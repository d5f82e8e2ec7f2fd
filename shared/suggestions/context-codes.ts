// Integer codes per person from which an upper bound of the context bonus between two people is
// computed without touching strings: a city code, a bit mask of languages (the first 30
// languages get a bit each, every other language shares the last bit, which can only make the
// bound higher, never lower) and whether the person has any upcoming event.
import type { IntroductionProfile } from './introduction-profile';
import { CONTEXT_WEIGHTS } from './score-introduction';

export interface ContextCodes {
  city: Int32Array;
  languages: Int32Array;
  hasUpcoming: Uint8Array;
}

const OTHER_LANGUAGES_BIT = 1 << 30;

export function contextCodesOf(profiles: readonly IntroductionProfile[]): ContextCodes {
  const cityCodes = new Map<string, number>();
  const languageBits = new Map<string, number>();
  const codes: ContextCodes = {
    city: new Int32Array(profiles.length),
    languages: new Int32Array(profiles.length),
    hasUpcoming: new Uint8Array(profiles.length),
  };
  profiles.forEach((profile, position) => {
    const city = profile.location.trim().toLowerCase();
    if (city !== '') {
      if (!cityCodes.has(city)) cityCodes.set(city, cityCodes.size + 1);
      codes.city[position] = cityCodes.get(city)!;
    }
    let mask = 0;
    for (const language of profile.languages) {
      if (!languageBits.has(language) && languageBits.size < 30) {
        languageBits.set(language, 1 << languageBits.size);
      }
      mask |= languageBits.get(language) ?? OTHER_LANGUAGES_BIT;
    }
    codes.languages[position] = mask;
    codes.hasUpcoming[position] = profile.upcomingEventIds.length > 0 ? 1 : 0;
  });
  return codes;
}

/** At least the context bonus scoreIntroduction gives the pair. */
export function contextBound(codes: ContextCodes, a: number, b: number): number {
  let bound = 0;
  if ((codes.languages[a]! & codes.languages[b]!) !== 0) bound += CONTEXT_WEIGHTS.language;
  if (codes.city[a] !== 0 && codes.city[a] === codes.city[b]) bound += CONTEXT_WEIGHTS.city;
  if (codes.hasUpcoming[a] && codes.hasUpcoming[b]) bound += CONTEXT_WEIGHTS.eventMax;
  return bound;
}

/** At least the context bonus the person can get with anyone. */
export function contextBoundWithAnyone(codes: ContextCodes, a: number): number {
  return (
    (codes.languages[a] !== 0 ? CONTEXT_WEIGHTS.language : 0) +
    (codes.city[a] !== 0 ? CONTEXT_WEIGHTS.city : 0) +
    (codes.hasUpcoming[a] ? CONTEXT_WEIGHTS.eventMax : 0)
  );
}
