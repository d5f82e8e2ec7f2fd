// Keeps the people search index in step with Dexie; runs inside the search worker. It reads the
// change feed (renderer/data/change-feed): start-up restores the persisted index and catches up
// from the sequence number stored with it; with nothing persisted it builds the index in chunks.
// After that, every change notification runs the same catch-up: the people the feed lists are read
// as they are now (live ones indexed, trashed or purged ones removed), and the people shown with a
// topic whose row changed are indexed again under its current label, and the people of changed
// interactions or shifts, or met at changed events, are indexed again with their encounters
// (events met or volunteered at, interaction notes: read-encounters). A 'reset' of those tables (a restore) or a feed compacted
// past the index means a rebuild from the tables. Persisting is
// debounced: serialising 50,000 people takes a while and a burst of edits should pay for it once;
// the data layer writes it (search-index-store) and moves the reader's position in the feed.
import type { Person } from '../../../shared/domain/entities';
import { PeopleSearchIndex, type SearchHit } from '../../../shared/search/people-search-index';
import { PART_CHARS } from '../../../shared/search/persisted-search-index';
import type { TopicLabelOf } from '../../../shared/search/search-document';
import { latestChangeSeq, readChangesSince, type StoredChangeEntry } from '../../data/change-feed';
import {
  moveSearchIndexTo,
  readSearchIndex,
  writeSearchIndex,
} from '../../data/search-index-store';
import type { HallwayDatabase } from '../../db/database';
import { peopleConcerned, readEncounters } from './read-encounters';

const BUILD_CHUNK = 2_000;
export const PERSIST_DELAY_MS = 5_000;

export interface SearchIndexSyncOptions {
  persistDelayMs?: number;
  /** The size of each persisted part (see persisted-search-index); tests make it small. */
  partChars?: number;
}

/** The index a persisted text holds, or null when it is no index of this format (or cut off). */
function indexFromText(text: string): PeopleSearchIndex | null {
  try {
    return PeopleSearchIndex.restore(JSON.parse(text));
  } catch {
    return null;
  }
}

/** What a run of feed entries asks of the index. */
interface FeedChanges {
  /**
   * People, interactions or events were replaced wholesale (a restore): only a rebuild can tell
   * who is left and what they were met at.
   */
  peopleReset: boolean;
  people: Set<string>;
  interactions: Set<string>;
  volunteerShifts: Set<string>;
  events: Set<string>;
  /** Topics whose label may have changed; every topic when the table was reset. */
  topics: Set<string> | 'all';
}

function feedChanges(entries: readonly StoredChangeEntry[]): FeedChanges {
  const changes: FeedChanges = {
    peopleReset: false,
    people: new Set(),
    interactions: new Set(),
    volunteerShifts: new Set(),
    events: new Set(),
    topics: new Set(),
  };
  for (const { table, kind, keys } of entries) {
    if (
      table === 'people' ||
      table === 'interactions' ||
      table === 'volunteerShifts' ||
      table === 'events'
    ) {
      if (kind === 'reset') changes.peopleReset = true;
      else for (const key of keys) changes[table].add(key);
    } else if (table === 'topics' && changes.topics !== 'all') {
      if (kind === 'reset') changes.topics = 'all';
      else for (const key of keys) changes.topics.add(key);
    }
  }
  return changes;
}

export class SearchIndexSync {
  private index: PeopleSearchIndex = PeopleSearchIndex.empty();
  /** The last feed entry the index has taken in. */
  private seq = 0;
  /** The index changed since it was last written (not only its position in the feed). */
  private dirty = false;
  private persistTimer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  /** A catch-up waiting its turn: a burst of notifications (a bulk import) queues only one. */
  private queuedRefresh: Promise<void> | null = null;
  private readonly persistDelayMs: number;
  private readonly partChars: number;

  constructor(
    private readonly db: HallwayDatabase,
    options: SearchIndexSyncOptions = {},
  ) {
    this.persistDelayMs = options.persistDelayMs ?? PERSIST_DELAY_MS;
    this.partChars = options.partChars ?? PART_CHARS;
  }

  get size(): number {
    return this.index.size;
  }

  /** Restores or builds the index, then catches up. */
  start(): Promise<void> {
    return this.serially(async () => {
      const restored = await this.restore();
      if (!restored) await this.build();
      await this.catchUp();
    });
  }

  /** Takes in what the change feed lists since the last catch-up; call after a write. */
  refresh(): Promise<void> {
    this.queuedRefresh ??= this.serially(() => {
      this.queuedRefresh = null;
      return this.catchUp();
    });
    return this.queuedRefresh;
  }

  search(query: string, limit?: number): SearchHit[] {
    return this.index.search(query, limit);
  }

  /** Writes the index now (pending debounced writes included). */
  flush(): Promise<void> {
    this.cancelPersist();
    return this.serially(() => this.persist());
  }

  dispose(): void {
    this.cancelPersist();
  }

  private serially(task: () => Promise<void>): Promise<void> {
    const next = this.running.then(task);
    this.running = next.catch(() => undefined);
    return next;
  }

  private async restore(): Promise<boolean> {
    const stored = await readSearchIndex(this.db);
    const restored = stored ? indexFromText(stored.text) : null;
    if (!stored || !restored) return false;
    this.index = restored;
    this.seq = stored.seq;
    return true;
  }

  /**
   * Reads every person, a chunk at a time. The position is taken first: a write committed between
   * two chunks is in the feed after it, and taking it in again changes nothing.
   */
  private async build(): Promise<void> {
    const seq = await latestChangeSeq(this.db);
    const labelOf = await this.topicLabels();
    const encountersOf = await readEncounters(this.db, 'all');
    const people: Person[] = [];
    let lastId = '';
    for (;;) {
      const chunk = await this.db.people.where(':id').above(lastId).limit(BUILD_CHUNK).toArray();
      if (chunk.length === 0) break;
      lastId = chunk[chunk.length - 1].id;
      people.push(...chunk);
    }
    this.index = PeopleSearchIndex.empty();
    this.index.putAll(people, labelOf, encountersOf);
    this.seq = seq;
    this.dirty = true;
    this.schedulePersist();
  }

  private async catchUp(): Promise<void> {
    let { entries, complete } = await readChangesSince(this.db, this.seq);
    let changes = feedChanges(entries);
    // A restore during a rebuild resets people again: rebuild until the feed says nothing of it.
    while (!complete || changes.peopleReset) {
      await this.build();
      ({ entries, complete } = await readChangesSince(this.db, this.seq));
      changes = feedChanges(entries);
    }
    if (entries.length === 0) return;
    const relabelled =
      changes.topics === 'all' ? this.index.ids() : this.index.idsWithTopics(changes.topics);
    const met = await peopleConcerned(this.db, changes);
    const keys = [...new Set([...changes.people, ...relabelled, ...met])];
    if (keys.length > 0) {
      const stored = await this.db.people.bulkGet(keys);
      for (const [position, key] of keys.entries()) if (!stored[position]) this.index.remove(key);
      this.index.putAll(
        stored.filter((person): person is Person => person !== undefined),
        await this.topicLabels(),
        await readEncounters(this.db, keys),
      );
      this.dirty = true;
    }
    this.seq = entries[entries.length - 1].seq;
    this.schedulePersist();
  }

  private async topicLabels(): Promise<TopicLabelOf> {
    const labels = new Map((await this.db.topics.toArray()).map((t) => [t.key, t.label]));
    return (key) => labels.get(key) ?? key;
  }

  private schedulePersist(): void {
    this.cancelPersist();
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      void this.serially(() => this.persist());
    }, this.persistDelayMs);
  }

  private cancelPersist(): void {
    if (this.persistTimer !== null) clearTimeout(this.persistTimer);
    this.persistTimer = null;
  }

  /**
   * Writes the index, or only its new position when just other tables changed since it was written
   * (a follow-up done): serialising every person again would buy nothing.
   */
  private async persist(): Promise<void> {
    if (!this.dirty && (await moveSearchIndexTo(this.db, this.seq))) return;
    const text = JSON.stringify(this.index.serialise());
    await writeSearchIndex(this.db, { seq: this.seq, text }, this.partChars);
    this.dirty = false;
  }
}
