// Writes a generated sample data set into the database: the Settings "Load sample data" action,
// the e2e hook `window.__hallway.seed(options)` and the benchmarks all come through here.
// One bulk write (docs/architecture.md, "One write path"): the rows go in with chunked puts, all
// or nothing, and the derived data is rebuilt in bulk right after instead of followed row by row.
// Ids are deterministic for a seed, so seeding twice with the same seed rewrites the same rows
// instead of duplicating them; topics the user already has keep their labels and aliases.
import type { Topic } from '../../../shared/domain/entities';
import {
  generateSampleData,
  type SampleData,
  type SampleDataOptions,
} from '../../../shared/sample-data/generate-sample-data';
import type { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import { bulkProgress } from './bulk-progress';

const CHUNK_SIZE = 2_000;

export interface SeedOptions extends Omit<SampleDataOptions, 'now'> {
  /** The data set's "today"; defaults to now, so sample events and contacts look recent. */
  now?: number;
  /** Rows done of rows total: the rows written, then the rebuild of the derived data. */
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  people: number;
  events: number;
  interactions: number;
  introductions: number;
  volunteerShifts: number;
  relationships: number;
  topics: number;
}

async function putInChunks<T>(
  rows: readonly T[],
  put: (chunk: readonly T[]) => Promise<unknown>,
  advance: (count: number) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    const chunk = rows.slice(start, start + CHUNK_SIZE);
    await put(chunk);
    advance(chunk.length);
  }
}

export async function seedDatabase(db: HallwayDatabase, options: SeedOptions): Promise<SeedResult> {
  const { onProgress, ...generatorOptions } = options;
  const data = generateSampleData({ ...generatorOptions, now: options.now ?? Date.now() });
  return writeSampleData(db, data, onProgress);
}

/** The write of a data set generated beforehand (the benchmarks write one set several times). */
export async function writeSampleData(
  db: HallwayDatabase,
  data: SampleData,
  onProgress?: SeedOptions['onProgress'],
): Promise<SeedResult> {
  const written =
    data.people.length +
    data.events.length +
    data.interactions.length +
    data.introductions.length +
    data.volunteerShifts.length +
    data.relationships.length +
    data.topics.length;
  // The rebuild reads at least the rows written to the tables it derives from.
  const progress = bulkProgress(
    written,
    data.people.length +
      data.interactions.length +
      data.introductions.length +
      data.volunteerShifts.length,
    onProgress,
  );
  const { advance } = progress;
  const newTopics = await runWrite(
    db,
    async (write) => {
      const existing = await write.db.topics.bulkGet(data.topics.map((topic) => topic.key));
      const newTopics: Topic[] = data.topics.filter((_, index) => existing[index] === undefined);
      await write.insert('topics', newTopics);
      advance(data.topics.length);
      await putInChunks(data.events, (chunk) => write.put('events', chunk), advance);
      await putInChunks(data.people, (chunk) => write.put('people', chunk), advance);
      await putInChunks(data.interactions, (chunk) => write.put('interactions', chunk), advance);
      await putInChunks(data.introductions, (chunk) => write.put('introductions', chunk), advance);
      await putInChunks(
        data.volunteerShifts,
        (chunk) => write.put('volunteerShifts', chunk),
        advance,
      );
      await putInChunks(data.relationships, (chunk) => write.put('relationships', chunk), advance);
      return newTopics;
    },
    { derived: 'rebuild', onRebuildProgress: progress.onRebuildProgress },
  );
  return {
    people: data.people.length,
    events: data.events.length,
    interactions: data.interactions.length,
    introductions: data.introductions.length,
    volunteerShifts: data.volunteerShifts.length,
    relationships: data.relationships.length,
    topics: newTopics.length,
  };
}
