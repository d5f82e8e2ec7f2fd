// Writes a generated sample data set into the database: the Settings "Load sample data" action,
// the e2e hook `window.__hallway.seed(options)` and the benchmarks all come through here.
// One read-write transaction over every table, filled with chunked bulkPut calls: all or nothing,
// and the fastest way IndexedDB offers to write many rows. Ids are deterministic for a seed, so
// seeding twice with the same seed rewrites the same rows instead of duplicating them; topics the
// user already has keep their labels and aliases. writeSampleData is the write alone, for a data
// set generated beforehand (the benchmarks generate the 50k set once and write it several times).
import type { Topic } from '../../shared/domain/entities';
import {
  generateSampleData,
  type SampleData,
  type SampleDataOptions,
} from '../../shared/sample-data/generate-sample-data';
import type { HallwayDatabase } from './database';

const CHUNK_SIZE = 2_000;

export interface SeedOptions extends Omit<SampleDataOptions, 'now'> {
  /** The data set's "today"; defaults to now, so sample events and contacts look recent. */
  now?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  people: number;
  events: number;
  interactions: number;
  introductions: number;
  volunteerShifts: number;
  topics: number;
}

async function putInChunks<T>(
  rows: readonly T[],
  write: (chunk: readonly T[]) => Promise<unknown>,
  advance: (count: number) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    const chunk = rows.slice(start, start + CHUNK_SIZE);
    await write(chunk);
    advance(chunk.length);
  }
}

export async function seedDatabase(db: HallwayDatabase, options: SeedOptions): Promise<SeedResult> {
  const { onProgress, ...generatorOptions } = options;
  const data = generateSampleData({ ...generatorOptions, now: options.now ?? Date.now() });
  return writeSampleData(db, data, onProgress);
}

export async function writeSampleData(
  db: HallwayDatabase,
  data: SampleData,
  onProgress?: SeedOptions['onProgress'],
): Promise<SeedResult> {
  const total =
    data.people.length +
    data.events.length +
    data.interactions.length +
    data.introductions.length +
    data.volunteerShifts.length +
    data.topics.length;
  let done = 0;
  const advance = (count: number) => {
    done += count;
    onProgress?.(done, total);
  };
  let newTopics: Topic[] = [];
  await db.transaction(
    'rw',
    [db.people, db.events, db.interactions, db.introductions, db.volunteerShifts, db.topics],
    async () => {
      const existing = await db.topics.bulkGet(data.topics.map((topic) => topic.key));
      newTopics = data.topics.filter((_, index) => existing[index] === undefined);
      await db.topics.bulkAdd(newTopics);
      advance(data.topics.length);
      await putInChunks(data.events, (chunk) => db.events.bulkPut(chunk), advance);
      await putInChunks(data.people, (chunk) => db.people.bulkPut(chunk), advance);
      await putInChunks(data.interactions, (chunk) => db.interactions.bulkPut(chunk), advance);
      await putInChunks(data.introductions, (chunk) => db.introductions.bulkPut(chunk), advance);
      await putInChunks(
        data.volunteerShifts,
        (chunk) => db.volunteerShifts.bulkPut(chunk),
        advance,
      );
    },
  );
  return {
    people: data.people.length,
    events: data.events.length,
    interactions: data.interactions.length,
    introductions: data.introductions.length,
    volunteerShifts: data.volunteerShifts.length,
    topics: newTopics.length,
  };
}
