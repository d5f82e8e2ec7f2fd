// Keeps the introduction engine's index in step with Dexie; runs inside the suggestion worker. An
// in-memory reader of the change feed (renderer/data/change-feed): start-up reads every live
// person's profile (topic keys, languages, city) and the feed's newest sequence number in one read
// transaction, so no write slips between the two. Before each question it catches up from the
// feed: the people listed are read again; a people 'reset' (a restore) or a feed compacted past
// its position means reading everyone again. The index (profiles and upcoming attendance) is
// rebuilt only when the feed lists people, events, interactions or volunteer shifts. Excluded pairs
// (every introduction and every dismissal) are read fresh for each question: there are few.
import { LIVE, type Person } from '../../../shared/domain/entities';
import {
  buildIntroductionIndex,
  type IntroductionIndex,
} from '../../../shared/suggestions/introduction-index';
import {
  pairKey,
  type IntroductionProfile,
} from '../../../shared/suggestions/introduction-profile';
import { compareRanked } from '../../../shared/suggestions/score-introduction';
import {
  suggestIntroductionsFor,
  suggestIntroductionsForAll,
  type IntroductionSuggestion,
} from '../../../shared/suggestions/suggest-introductions';
import { latestChangeSeq, readChangesSince } from '../../data/change-feed';
import type { SourceTable } from '../../data/source-tables';
import type { HallwayDatabase } from '../../db/database';
import { readUpcomingAttendance } from './upcoming-attendance';

const READ_CHUNK = 2_000;

/** The tables the index is built from: the profiles, and what readUpcomingAttendance reads. */
const INDEXED_TABLES: ReadonlySet<SourceTable> = new Set([
  'people',
  'events',
  'interactions',
  'volunteerShifts',
]);

type TopicProfile = Omit<IntroductionProfile, 'upcomingEventIds'>;

function topicProfileOf(person: Person): TopicProfile {
  const { id, interests, offers, asks, languages, location } = person;
  return { id, interests, offers, asks, languages, location };
}

export class SuggestionIndexSync {
  private profiles = new Map<string, TopicProfile>();
  /** The last feed entry the profiles have taken in. */
  private seq = 0;
  /** Null when the index must be built (again) before the next question. */
  private index: IntroductionIndex | null = null;
  private topPairs: { excluded: string; pairs: IntroductionSuggestion[] } | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: HallwayDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  start(): Promise<void> {
    return this.serially(() => this.readEveryone());
  }

  suggestFor(personId: string, limit: number): Promise<IntroductionSuggestion[]> {
    return this.serially(async () => {
      const index = await this.currentIndex();
      const excludedPairs = await this.excludedPairs();
      return suggestIntroductionsFor(index, personId, { limit, excludedPairs });
    });
  }

  suggestTopPairs(limit: number): Promise<IntroductionSuggestion[]> {
    return this.serially(async () => {
      const index = await this.currentIndex();
      const excludedPairs = await this.excludedPairs();
      const excluded = [...excludedPairs].sort().join('\n');
      if (this.topPairs?.excluded !== excluded) {
        const best = new Map<string, IntroductionSuggestion>();
        for (const [suggestion] of suggestIntroductionsForAll(index, {
          limit: 1,
          excludedPairs,
        }).values()) {
          if (!suggestion) continue;
          const key = pairKey(suggestion.personId, suggestion.candidateId);
          if (!best.has(key)) best.set(key, suggestion);
        }
        this.topPairs = { excluded, pairs: [...best.values()].sort(compareRanked) };
      }
      return this.topPairs.pairs.slice(0, limit);
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const next = this.running.then(task);
    this.running = next.catch(() => undefined);
    return next;
  }

  /** Every live person's profile, and the feed's position they were read at. */
  private async readEveryone(): Promise<void> {
    const { db } = this;
    const { profiles, seq } = await db.transaction(
      'r',
      [db.people, db.changes, db.localState],
      async () => {
        const read = new Map<string, TopicProfile>();
        let lastId = '';
        for (;;) {
          const chunk = await db.people.where(':id').above(lastId).limit(READ_CHUNK).toArray();
          if (chunk.length === 0) break;
          lastId = chunk[chunk.length - 1]!.id;
          for (const person of chunk)
            if (person.deletedAt === LIVE) read.set(person.id, topicProfileOf(person));
        }
        return { profiles: read, seq: await latestChangeSeq(db) };
      },
    );
    this.profiles = profiles;
    this.seq = seq;
    this.index = null;
  }

  /** Takes in what the feed lists since the last question. */
  private async catchUp(): Promise<void> {
    const { entries, complete } = await readChangesSince(this.db, this.seq);
    if (!complete || entries.some(({ table, kind }) => table === 'people' && kind === 'reset')) {
      await this.readEveryone();
      return;
    }
    if (entries.length === 0) return;
    const keys = [
      ...new Set(entries.flatMap(({ table, keys }) => (table === 'people' ? keys : []))),
    ];
    const people = await this.db.people.bulkGet(keys);
    for (const [position, key] of keys.entries()) {
      const person = people[position];
      if (person?.deletedAt === LIVE) this.profiles.set(key, topicProfileOf(person));
      else this.profiles.delete(key);
    }
    if (entries.some(({ table }) => INDEXED_TABLES.has(table))) this.index = null;
    this.seq = entries[entries.length - 1]!.seq;
  }

  private async currentIndex(): Promise<IntroductionIndex> {
    await this.catchUp();
    if (!this.index) {
      const attendance = await readUpcomingAttendance(this.db, this.now());
      this.index = buildIntroductionIndex(
        [...this.profiles.values()].map((profile) => ({
          ...profile,
          upcomingEventIds: attendance.get(profile.id) ?? [],
        })),
      );
      this.topPairs = null;
    }
    return this.index;
  }

  private async excludedPairs(): Promise<Set<string>> {
    const [introductions, dismissed] = await Promise.all([
      this.db.introductions.where('deletedAt').equals(LIVE).toArray(),
      this.db.introductionDismissals.toCollection().primaryKeys(),
    ]);
    return new Set([...introductions.map(({ aId, bId }) => pairKey(aId, bId)), ...dismissed]);
  }
}
