// Keeps the people search index in step with Dexie; runs inside the search worker. Start-up
// restores the persisted index and catches up from its watermark (people whose `updatedAt` is at
// or above it); with nothing persisted it builds the index in chunks. After that, every change
// notification runs the same catch-up. A catch-up also compares the number of live people with
// the size of the index and reconciles by id when they differ (a person purged from the trash, a
// restored backup). Persisting is debounced: serialising 50,000 people takes a while and a burst
// of edits should pay for it once. The index is persisted in parts, read and written one request
// at a time, so the rest of the app's reads are not held up behind it (persisted-search-index).
import { LIVE, type Person } from '../../../shared/domain/entities';
import {
  PeopleSearchIndex,
  SEARCH_INDEX_FORMAT,
  type SearchHit,
} from '../../../shared/search/people-search-index';
import {
  cutIntoParts,
  isSearchIndexHead,
  PART_CHARS,
  PEOPLE_SEARCH_INDEX_ID,
  searchIndexPartId,
} from '../../../shared/search/persisted-search-index';
import type { TopicLabelOf } from '../../../shared/search/search-document';
import type { HallwayDatabase } from '../../db/database';
import { numbersAbove } from '../../db/number-ranges';

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

export class SearchIndexSync {
  private index: PeopleSearchIndex = PeopleSearchIndex.empty();
  private watermark = 0;
  /** Ids indexed with `updatedAt` equal to the watermark: a later write in the same millisecond. */
  private seenAtWatermark = new Set<string>();
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

  /** Indexes what changed since the watermark; call after people were written. */
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
  async flush(): Promise<void> {
    this.cancelPersist();
    await this.running;
    await this.persist();
  }

  dispose(): void {
    this.cancelPersist();
  }

  private serially(task: () => Promise<void>): Promise<void> {
    const next = this.running.then(task);
    this.running = next.catch(() => undefined);
    return next;
  }

  /** Reads the persisted parts one at a time (see persisted-search-index), in one transaction. */
  private async restore(): Promise<boolean> {
    const { searchIndex } = this.db;
    const read = await this.db.transaction('r', searchIndex, async () => {
      const head = await searchIndex.get(PEOPLE_SEARCH_INDEX_ID);
      if (!isSearchIndexHead(head) || head.format !== SEARCH_INDEX_FORMAT) return undefined;
      const parts: string[] = [];
      for (let part = 0; part < head.parts; part += 1) {
        const row = await searchIndex.get(searchIndexPartId(part));
        if (!row || !('text' in row)) return undefined;
        parts.push(row.text);
      }
      return { head, text: parts.join('') };
    });
    const restored = read ? indexFromText(read.text) : null;
    if (!read || !restored) return false;
    this.index = restored;
    this.watermark = read.head.watermark;
    return true;
  }

  private async build(): Promise<void> {
    const labelOf = await this.topicLabels();
    this.index = PeopleSearchIndex.empty();
    const people: Person[] = [];
    let lastId = '';
    for (;;) {
      const chunk = await this.db.people.where(':id').above(lastId).limit(BUILD_CHUNK).toArray();
      if (chunk.length === 0) break;
      lastId = chunk[chunk.length - 1].id;
      people.push(...chunk);
    }
    this.index.putAll(people, labelOf);
    this.advanceWatermark(people);
    this.schedulePersist();
  }

  private advanceWatermark(people: readonly Person[]): void {
    for (const { id, updatedAt } of people) {
      if (updatedAt > this.watermark) {
        this.watermark = updatedAt;
        this.seenAtWatermark = new Set();
      }
      if (updatedAt === this.watermark) this.seenAtWatermark.add(id);
    }
  }

  private async catchUp(): Promise<void> {
    const changed = (
      await this.db.people.where('updatedAt').aboveOrEqual(this.watermark).toArray()
    ).filter((person) => person.updatedAt > this.watermark || !this.seenAtWatermark.has(person.id));
    let dirty = false;
    if (changed.length > 0) {
      this.index.putAll(changed, await this.topicLabels());
      this.advanceWatermark(changed);
      dirty = true;
    }
    const liveCount = await this.liveCount();
    if (liveCount !== this.index.size) {
      await this.reconcile();
      dirty = true;
    }
    if (dirty) this.schedulePersist();
  }

  /**
   * How many people are live: every row less the trash. Counting the deletedAt index for LIVE
   * walks an index entry per live person, several times slower than the table's own count
   * (400 against 180 ms at 50,000 people), and blocks the database meanwhile.
   */
  private async liveCount(): Promise<number> {
    const [all, trashed] = await this.db.transaction('r', this.db.people, () =>
      Promise.all([
        this.db.people.count(),
        numbersAbove(this.db.people.where('deletedAt'), LIVE).count(),
      ]),
    );
    return all - trashed;
  }

  private async reconcile(): Promise<void> {
    const liveIds = new Set(await this.db.people.where('deletedAt').equals(LIVE).primaryKeys());
    for (const id of this.index.ids()) if (!liveIds.has(id)) this.index.remove(id);
    const missing = [...liveIds].filter((id) => !this.index.has(id));
    const people = await this.db.people.bulkGet(missing);
    this.index.putAll(
      people.filter((person): person is Person => person !== undefined),
      await this.topicLabels(),
    );
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

  /** Writes the parts one at a time, then the head, in one transaction (see restore). */
  private async persist(): Promise<void> {
    const parts = cutIntoParts(JSON.stringify(this.index.serialise()), this.partChars);
    const head = {
      id: PEOPLE_SEARCH_INDEX_ID,
      format: SEARCH_INDEX_FORMAT,
      watermark: this.watermark,
      parts: parts.length,
    };
    const { searchIndex } = this.db;
    await this.db.transaction('rw', searchIndex, async () => {
      const previous = await searchIndex.get(PEOPLE_SEARCH_INDEX_ID);
      for (const [part, text] of parts.entries()) {
        await searchIndex.put({ id: searchIndexPartId(part), text });
      }
      const previousParts = isSearchIndexHead(previous) ? previous.parts : 0;
      for (let part = parts.length; part < previousParts; part += 1) {
        await searchIndex.delete(searchIndexPartId(part));
      }
      await searchIndex.put(head);
    });
  }
}
