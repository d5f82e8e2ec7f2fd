// Keeps the introduction engine's index in step with Dexie; runs inside the suggestion worker.
// Start-up reads every live person's profile once (topic keys, languages, city: a chunked read by
// primary key); after that each question first catches up from the people table's `updatedAt`
// watermark, like the search index, and reconciles by id when the live count differs (a person
// deleted for good). The index is rebuilt only when a profile changed. Excluded pairs (every
// introduction and every dismissal) are read fresh for each question: there are few of them.
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
import type { HallwayDatabase } from '../../db/database';
import { UpdatedAtWatermark } from '../../db/updated-at-watermark';
import { readUpcomingAttendance } from './upcoming-attendance';

const READ_CHUNK = 2_000;

type TopicProfile = Omit<IntroductionProfile, 'upcomingEventIds'>;

function topicProfileOf(person: Person): TopicProfile {
  const { id, interests, offers, asks, languages, location } = person;
  return { id, interests, offers, asks, languages, location };
}

export class SuggestionIndexSync {
  private readonly profiles = new Map<string, TopicProfile>();
  private readonly watermark = new UpdatedAtWatermark();
  private index: IntroductionIndex | null = null;
  private topPairs: { excluded: string; pairs: IntroductionSuggestion[] } | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: HallwayDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  start(): Promise<void> {
    return this.serially(async () => {
      let lastId = '';
      for (;;) {
        const chunk = await this.db.people.where(':id').above(lastId).limit(READ_CHUNK).toArray();
        if (chunk.length === 0) break;
        lastId = chunk[chunk.length - 1]!.id;
        for (const person of chunk)
          if (person.deletedAt === LIVE) this.profiles.set(person.id, topicProfileOf(person));
        this.watermark.advance(chunk);
      }
    });
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

  private async currentIndex(): Promise<IntroductionIndex> {
    let changed = false;
    for (const person of await this.watermark.changedSince(this.db.people)) {
      if (person.deletedAt === LIVE) this.profiles.set(person.id, topicProfileOf(person));
      else this.profiles.delete(person.id);
      changed = true;
    }
    const liveCount = await this.db.people.where('deletedAt').equals(LIVE).count();
    if (liveCount !== this.profiles.size) {
      const liveIds = new Set(await this.db.people.where('deletedAt').equals(LIVE).primaryKeys());
      for (const id of this.profiles.keys()) if (!liveIds.has(id)) this.profiles.delete(id);
      const missing = [...liveIds].filter((id) => !this.profiles.has(id));
      for (const person of await this.db.people.bulkGet(missing))
        if (person) this.profiles.set(person.id, topicProfileOf(person));
      changed = true;
    }
    if (changed || !this.index) {
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
