// Topic look-ups for the person page, all through the topics table's indexes: labels of the keys
// a person has, and suggestions for what is being typed into a topic field.
import { useLiveQuery } from 'dexie-react-hooks';
import { canonicaliseTopicText } from '../../../shared/topics/normalise-topic-key';
import { topicLabel } from '../../../shared/topics/topic-label';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';
import { suggestTopics, type TopicSuggestion } from './topic-suggestions';

const STORED_CANDIDATES = 20;

/** Key → label for the given topic keys (the built-in or readable key until loaded). */
export function useTopicLabels(keys: readonly string[]): (key: string) => string {
  const db = useDatabase();
  const labels = useLiveQuery(async () => {
    const rows = await db.topics.bulkGet([...keys]);
    return new Map(rows.flatMap((row) => (row ? [[row.key, row.label] as const] : [])));
  }, [db, keys.join('\n')]);
  return (key) => topicLabel(key, labels);
}

/** Known topics (and topics by their aliases) that start with `typed`, leaving out `exclude`. */
export async function readTopicSuggestions(
  db: HallwayDatabase,
  typed: string,
  exclude: readonly string[],
): Promise<TopicSuggestion[]> {
  const text = canonicaliseTopicText(typed);
  if (text === '') return [];
  const [byKey, byAlias] = await Promise.all([
    db.topics.where('key').startsWith(text).limit(STORED_CANDIDATES).toArray(),
    db.topics.where('aliases').startsWith(text).limit(STORED_CANDIDATES).toArray(),
  ]);
  return suggestTopics(typed, [...byAlias, ...byKey], new Set(exclude));
}

/** readTopicSuggestions kept current; undefined until the suggestions for this very text are
 *  read (never the previous text's, which useLiveQuery keeps meanwhile). */
export function useTopicSuggestions(
  typed: string,
  exclude: readonly string[],
): TopicSuggestion[] | undefined {
  const db = useDatabase();
  const excluded = exclude.join('\n');
  const found = useLiveQuery(
    async () => ({
      typed,
      excluded,
      suggestions: await readTopicSuggestions(db, typed, excluded.split('\n')),
    }),
    [db, typed, excluded],
  );
  return found?.typed === typed && found.excluded === excluded ? found.suggestions : undefined;
}
