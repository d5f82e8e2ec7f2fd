// Topic look-ups for the person page, all through the topics table's indexes: labels of the keys
// a person has, and suggestions for what is being typed into a topic field.
import { useLiveQuery } from 'dexie-react-hooks';
import { canonicaliseTopicText } from '../../../shared/topics/normalise-topic-key';
import { topicLabel } from '../../../shared/topics/topic-label';
import { useDatabase } from '../../app/database-context';
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

export function useTopicSuggestions(typed: string, exclude: readonly string[]): TopicSuggestion[] {
  const db = useDatabase();
  const text = canonicaliseTopicText(typed);
  return (
    useLiveQuery(async () => {
      if (text === '') return [];
      const [byKey, byAlias] = await Promise.all([
        db.topics.where('key').startsWith(text).limit(STORED_CANDIDATES).toArray(),
        db.topics.where('aliases').startsWith(text).limit(STORED_CANDIDATES).toArray(),
      ]);
      return suggestTopics(typed, [...byAlias, ...byKey], new Set(exclude));
    }, [db, text, typed, exclude.join('\n')]) ?? []
  );
}
