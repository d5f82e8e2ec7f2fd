// The path for 1–2 character queries. MiniSearch answers them by scoring every term that starts
// with the query (tens of thousands of documents at 50,000 people, 80–460 ms), while a person
// typing "ya" only needs the first few names. So name, reading, e-mail and company words are kept
// in sorted arrays, one per tier; a binary search finds the range of keys starting with the query
// and the first N distinct people are taken, tier by tier, exact matches before prefix matches.
// Nothing is scored, so the cost is O(log n + N) whatever the query.
import type { PersonSummary } from './search-document';
import { isCjkTerm, normaliseForSearch } from './tokenise';

/** Tiers, best first: a match in a name outranks one in the reading, and so on. */
const TIER_COUNT = 5;
const NAME = 0;
const READING = 1;
const EMAIL = 2;
const COMPANY = 3;
/** Positions inside a CJK name written without spaces (花 in 山田花子). */
const INSIDE_NAME = 4;

const WORD_SEPARATORS = /[\s\p{P}\p{S}]+/u;

interface Tier {
  keys: string[];
  ids: string[];
}

function words(text: string): string[] {
  return normaliseForSearch(text)
    .split(WORD_SEPARATORS)
    .filter((word) => word.length > 0);
}

/** The keys of one person, per tier. */
export function shortQueryKeys(person: PersonSummary): string[][] {
  const tiers: Set<string>[] = Array.from({ length: TIER_COUNT }, () => new Set<string>());
  for (const word of [
    ...words(person.displayName),
    ...words(person.givenName),
    ...words(person.familyName),
  ]) {
    tiers[NAME].add(word);
    if (!isCjkTerm(word)) continue;
    const chars = Array.from(word);
    for (let i = 1; i < chars.length; i += 1) tiers[INSIDE_NAME].add(chars.slice(i).join(''));
  }
  for (const word of words(person.nameReading)) tiers[READING].add(word);
  for (const email of person.emails) {
    const local = normaliseForSearch(email).split('@')[0] ?? '';
    tiers[EMAIL].add(local);
    for (const word of words(local)) tiers[EMAIL].add(word);
  }
  for (const word of words(person.company)) tiers[COMPANY].add(word);
  return tiers.map((keys) => [...keys].filter((key) => key.length > 0));
}

function compareEntry(keyA: string, idA: string, keyB: string, idB: string): number {
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  if (idA === idB) return 0;
  return idA < idB ? -1 : 1;
}

/** First position whose entry is not before (key, id). */
function lowerBound(tier: Tier, key: string, id: string): number {
  let low = 0;
  let high = tier.keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareEntry(tier.keys[mid], tier.ids[mid], key, id) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function queryKey(query: string): string {
  return normaliseForSearch(query).trim();
}

/** True for a single word of 1–2 characters: this path rather than the full-text index. */
export function isShortQuery(query: string): boolean {
  const key = queryKey(query);
  const length = Array.from(key).length;
  return length >= 1 && length <= 2 && !/\s/u.test(key);
}

export class ShortQueryIndex {
  private tiers: Tier[] = Array.from({ length: TIER_COUNT }, () => ({ keys: [], ids: [] }));
  private keysById = new Map<string, string[][]>();

  get size(): number {
    return this.keysById.size;
  }

  /** Replaces the whole content at once: one sort instead of one insertion per key. */
  load(people: Iterable<PersonSummary>): void {
    this.keysById.clear();
    const entries: [string, string][][] = Array.from({ length: TIER_COUNT }, () => []);
    for (const person of people) {
      const keys = shortQueryKeys(person);
      this.keysById.set(person.id, keys);
      keys.forEach((tierKeys, tier) => {
        for (const key of tierKeys) entries[tier].push([key, person.id]);
      });
    }
    this.tiers = entries.map((tierEntries) => {
      tierEntries.sort(([keyA, idA], [keyB, idB]) => compareEntry(keyA, idA, keyB, idB));
      return { keys: tierEntries.map(([key]) => key), ids: tierEntries.map(([, id]) => id) };
    });
  }

  put(person: PersonSummary): void {
    this.remove(person.id);
    const keys = shortQueryKeys(person);
    this.keysById.set(person.id, keys);
    keys.forEach((tierKeys, tierIndex) => {
      const tier = this.tiers[tierIndex];
      for (const key of tierKeys) {
        const at = lowerBound(tier, key, person.id);
        tier.keys.splice(at, 0, key);
        tier.ids.splice(at, 0, person.id);
      }
    });
  }

  remove(id: string): void {
    const keys = this.keysById.get(id);
    if (!keys) return;
    this.keysById.delete(id);
    keys.forEach((tierKeys, tierIndex) => {
      const tier = this.tiers[tierIndex];
      for (const key of tierKeys) {
        const at = lowerBound(tier, key, id);
        if (tier.keys[at] === key && tier.ids[at] === id) {
          tier.keys.splice(at, 1);
          tier.ids.splice(at, 1);
        }
      }
    });
  }

  /** Ids of up to `limit` people: exact key matches first, then prefixes, tier by tier. */
  search(query: string, limit: number): string[] {
    const key = queryKey(query);
    const found = new Set<string>();
    if (key.length === 0) return [];
    for (const exact of [true, false]) {
      for (const tier of this.tiers) {
        for (let at = lowerBound(tier, key, ''); at < tier.keys.length; at += 1) {
          if (found.size >= limit) return [...found];
          const candidate = tier.keys[at];
          if (exact ? candidate !== key : !candidate.startsWith(key)) break;
          found.add(tier.ids[at]);
        }
      }
    }
    return [...found];
  }
}
