// What the introduction engine knows of a person: topic keys, languages, city and the upcoming
// events they are expected at. Built from Person rows (and interactions/shifts for the events)
// by the renderer; the engine itself reads nothing else.
export interface IntroductionProfile {
  id: string;
  interests: readonly string[];
  offers: readonly string[];
  asks: readonly string[];
  languages: readonly string[];
  location: string;
  upcomingEventIds: readonly string[];
}

/** The key of an unordered pair, as introductions store it (aId < bId). */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}
