// Introductions worth making among the people likely at an event: the introduction engine
// (shared/suggestions) run over those people only, so its topic weights are theirs too, with the
// event as a shared context for every pair. Pairs already introduced or dismissed are left out.
// The best pairs first, each pair once.
import { buildIntroductionIndex } from '../suggestions/introduction-index';
import { pairKey, type IntroductionProfile } from '../suggestions/introduction-profile';
import { compareRanked } from '../suggestions/score-introduction';
import {
  suggestIntroductionsForAll,
  type IntroductionSuggestion,
} from '../suggestions/suggest-introductions';

export const INTRODUCTIONS_AMONG_SHOWN = 5;

export function suggestIntroductionsAmong(
  profiles: readonly Omit<IntroductionProfile, 'upcomingEventIds'>[],
  eventId: string,
  excludedPairs: ReadonlySet<string>,
  limit = INTRODUCTIONS_AMONG_SHOWN,
): IntroductionSuggestion[] {
  const index = buildIntroductionIndex(
    profiles.map((profile) => ({ ...profile, upcomingEventIds: [eventId] })),
  );
  const best = new Map<string, IntroductionSuggestion>();
  for (const suggestions of suggestIntroductionsForAll(index, { limit, excludedPairs }).values()) {
    for (const suggestion of suggestions) {
      const key = pairKey(suggestion.personId, suggestion.candidateId);
      const known = best.get(key);
      if (!known || compareRanked(suggestion, known) < 0) best.set(key, suggestion);
    }
  }
  return [...best.values()].sort(compareRanked).slice(0, limit);
}
