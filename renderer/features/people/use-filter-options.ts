// What the filter choosers offer: every topic (a few hundred rows at most, unlike people) and the
// events whose name starts with what the user typed, newest first, a handful at a time.
import { useLiveQuery } from 'dexie-react-hooks';
import type { HallwayEvent, Topic } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';

const EVENT_SUGGESTIONS = 12;

export function useTopicOptions(): Topic[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.topics.toArray(), [db]);
}

/** The live events whose name starts with `prefix` (all when empty), newest first. */
export async function readEventOptions(db: HallwayDatabase, prefix: string) {
  const text = prefix.trim();
  const events =
    text === ''
      ? await db.events.orderBy('startsAt').reverse().limit(EVENT_SUGGESTIONS).toArray()
      : await db.events.where('name').startsWithIgnoreCase(text).limit(200).toArray();
  return events
    .filter((event) => event.deletedAt === 0)
    .sort((a, b) => b.startsAt - a.startsAt)
    .slice(0, EVENT_SUGGESTIONS);
}

/** readEventOptions, kept current; undefined until the events of this very prefix are read
 *  (never the previous prefix's, which useLiveQuery keeps meanwhile). */
export function useEventOptions(prefix: string): HallwayEvent[] | undefined {
  const db = useDatabase();
  const text = prefix.trim();
  const found = useLiveQuery(
    async () => ({ text, events: await readEventOptions(db, text) }),
    [db, text],
  );
  return found?.text === text ? found.events : undefined;
}

export function useEventName(eventId: string | null): string | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => (eventId === null ? undefined : (await db.events.get(eventId))?.name),
    [db, eventId],
  );
}
