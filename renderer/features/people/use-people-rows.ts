// The rows of the visible window of the People screen, live, with the labels of the topics each
// row shows. Called with a few dozen ids at a time (bulkGet by primary key), never with the list.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../../../shared/domain/entities';
import { topicLabel } from '../../../shared/topics/topic-label';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';

/** How many topic chips a row shows: interests first, then what they offer and look for. */
const TOPICS_PER_ROW = 3;

export interface PersonRowData {
  person: Person;
  topics: { key: string; label: string }[];
}

/** The row's chips; the topic the list is filtered by comes first, so each row shows why it is there. */
function topTopics(person: Person, first: string | null): string[] {
  const all = [...person.interests, ...person.offers, ...person.asks];
  const ordered = first !== null && all.includes(first) ? [first, ...all] : all;
  return [...new Set(ordered)].slice(0, TOPICS_PER_ROW);
}

export async function loadPeopleRows(
  db: HallwayDatabase,
  ids: readonly string[],
  firstTopic: string | null = null,
): Promise<Map<string, PersonRowData>> {
  const people = (await db.people.bulkGet([...ids])).filter((person) => person !== undefined);
  const keys = [...new Set(people.flatMap((person) => topTopics(person, firstTopic)))];
  const topics = await db.topics.bulkGet(keys);
  const labels = new Map<string, string>();
  for (const topic of topics) if (topic) labels.set(topic.key, topic.label);
  return new Map(
    people.map((person) => [
      person.id,
      {
        person,
        topics: topTopics(person, firstTopic).map((key) => ({
          key,
          label: topicLabel(key, labels),
        })),
      },
    ]),
  );
}

/** Memoise `ids`: a new array starts a new query. */
export function usePeopleRows(
  ids: readonly string[],
  firstTopic: string | null,
): Map<string, PersonRowData> | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadPeopleRows(db, ids, firstTopic), [db, ids, firstTopic]);
}
