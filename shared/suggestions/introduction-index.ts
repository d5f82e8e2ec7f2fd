// The inverted index the engine draws candidates from: topic → the people who hold it as an
// interest, an offer or an ask, plus each topic's rarity weight. Interests held by more than
// `commonShare` of everyone (and at least `commonMinimum` people) are "common": they still
// count in every score but do not generate candidates, so one popular topic cannot make each
// person's candidate list the whole community.
import type { IntroductionProfile } from './introduction-profile';
import { contextCodesOf, type ContextCodes } from './context-codes';
import { normaliseProfile, rarityWeight, type TopicWeight } from './score-introduction';

export interface IntroductionIndexOptions {
  commonShare?: number;
  commonMinimum?: number;
}

export interface IntroductionIndex {
  profiles: readonly IntroductionProfile[];
  positionById: ReadonlyMap<string, number>;
  interestHolders: ReadonlyMap<string, readonly number[]>;
  offerHolders: ReadonlyMap<string, readonly number[]>;
  askHolders: ReadonlyMap<string, readonly number[]>;
  commonInterests: ReadonlySet<string>;
  interestWeight: TopicWeight;
  offerWeight: TopicWeight;
  /** Per position, cheap codes for an upper bound of the context bonus (see context-codes.ts). */
  context: ContextCodes;
}

function holdersOf(
  profiles: readonly IntroductionProfile[],
  topicsOf: (profile: IntroductionProfile) => readonly string[],
): Map<string, number[]> {
  const holders = new Map<string, number[]>();
  profiles.forEach((profile, position) => {
    for (const topic of topicsOf(profile)) {
      const list = holders.get(topic);
      if (list) list.push(position);
      else holders.set(topic, [position]);
    }
  });
  return holders;
}

function weightsOf(holders: ReadonlyMap<string, readonly number[]>): TopicWeight {
  const weights = new Map<string, number>();
  for (const [topic, list] of holders) weights.set(topic, rarityWeight(list.length));
  return (topic) => weights.get(topic) ?? rarityWeight(1);
}

export function buildIntroductionIndex(
  people: readonly IntroductionProfile[],
  options: IntroductionIndexOptions = {},
): IntroductionIndex {
  const { commonShare = 0.02, commonMinimum = 50 } = options;
  const profiles = [...people].sort((a, b) => (a.id < b.id ? -1 : 1)).map(normaliseProfile);
  const interestHolders = holdersOf(profiles, (profile) => profile.interests);
  const offerHolders = holdersOf(profiles, (profile) => profile.offers);
  const askHolders = holdersOf(profiles, (profile) => profile.asks);
  const commonLimit = Math.max(commonMinimum, commonShare * profiles.length);
  const commonInterests = new Set(
    [...interestHolders].filter(([, list]) => list.length > commonLimit).map(([topic]) => topic),
  );
  return {
    profiles,
    positionById: new Map(profiles.map((profile, position) => [profile.id, position])),
    interestHolders,
    offerHolders,
    askHolders,
    commonInterests,
    interestWeight: weightsOf(interestHolders),
    offerWeight: weightsOf(offerHolders),
    context: contextCodesOf(profiles),
  };
}
