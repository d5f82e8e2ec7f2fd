// The unscored path of search. MiniSearch scores every document a term matches: a 1–2 character
// prefix, or a popular word like "typescript", means tens of thousands of documents at 50,000
// people (80–460 ms). A person typing only needs the first screenful. So the structured fields
// (names, reading, e-mails, company, topics, role), as whole phrases and as words, are kept as
// sorted arrays of distinct normalised keys, one array per tier, each key with the people holding
// it. A binary search finds the keys starting with the query and the first N people are taken,
// exact keys before prefixes, tier by tier: O(log n + N), whatever the query.
import type { PersonSummary } from './search-document';
import { isCjkTerm, normaliseForSearch } from './tokenise';

/** Tiers, best first: a match in a name outranks one in the reading, and so on. */
const NAME = 0;
const READING = 1;
const EMAIL = 2;
const COMPANY = 3;
const TOPIC = 4;
const ROLE = 5;
/** Positions inside a CJK name (花 in 山田花子). */
const INSIDE_NAME = 6;
const TIER_COUNT = 7;

const WORD_SEPARATORS = /[\s\p{P}\p{S}]+/u;
const SPACES = /\s+/gu;

/** The form a query and a key are compared in: normalised, single spaces, trimmed. */
export function normalisePhrase(text: string): string {
  return normaliseForSearch(text).replace(SPACES, ' ').trim();
}

/** True for a single word of 1–2 characters: answered by this path alone. */
export function isShortQuery(query: string): boolean {
  const phrase = normalisePhrase(query);
  const length = Array.from(phrase).length;
  return length >= 1 && length <= 2 && !phrase.includes(' ');
}

/** A phrase as keys: itself, its words, and for CJK its spaceless form. */
function phraseKeys(text: string, into: Set<string>): void {
  const phrase = normalisePhrase(text);
  if (phrase.length === 0) return;
  into.add(phrase);
  if (isCjkTerm(phrase)) into.add(phrase.replace(SPACES, ''));
  for (const word of phrase.split(WORD_SEPARATORS)) if (word.length > 0) into.add(word);
}

/** Keys of phrases many people share (companies, roles, topics), computed once per phrase. */
export class SharedPhraseKeys {
  private readonly byPhrase = new Map<string, string[]>();

  addTo(text: string, into: Set<string>): void {
    let keys = this.byPhrase.get(text);
    if (!keys) {
      const computed = new Set<string>();
      phraseKeys(text, computed);
      keys = [...computed];
      this.byPhrase.set(text, keys);
    }
    for (const key of keys) into.add(key);
  }
}

/** The keys of one person, per tier. */
export function personKeys(
  person: PersonSummary,
  shared: SharedPhraseKeys = new SharedPhraseKeys(),
): string[][] {
  const tiers = Array.from({ length: TIER_COUNT }, () => new Set<string>());
  const { displayName, givenName, familyName } = person;
  for (const name of [displayName, `${givenName} ${familyName}`, `${familyName} ${givenName}`]) {
    phraseKeys(name, tiers[NAME]);
  }
  for (const name of tiers[NAME]) {
    if (!isCjkTerm(name) || name.includes(' ')) continue;
    const chars = Array.from(name);
    for (let i = 1; i < chars.length; i += 1) tiers[INSIDE_NAME].add(chars.slice(i).join(''));
  }
  phraseKeys(person.nameReading, tiers[READING]);
  for (const email of person.emails) {
    const address = normaliseForSearch(email).trim();
    tiers[EMAIL].add(address);
    phraseKeys(address.split('@')[0], tiers[EMAIL]);
  }
  shared.addTo(person.company, tiers[COMPANY]);
  for (const topic of person.topics) {
    shared.addTo(topic.label, tiers[TOPIC]);
    shared.addTo(topic.key, tiers[TOPIC]);
  }
  shared.addTo(person.role, tiers[ROLE]);
  return tiers.map((keys) => [...keys].filter((key) => key.length > 0));
}

/** First position in a sorted array whose key is not before `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid] < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** One tier: its distinct keys in code-unit order and, per key, the ids holding it. */
class Tier {
  keys: string[] = [];
  holders = new Map<string, string[]>();

  load(entries: Map<string, string[]>): void {
    this.holders = entries;
    this.keys = [...entries.keys()].sort();
  }

  add(key: string, id: string): void {
    const holders = this.holders.get(key);
    if (holders) {
      holders.push(id);
      return;
    }
    this.holders.set(key, [id]);
    this.keys.splice(lowerBound(this.keys, key), 0, key);
  }

  delete(key: string, id: string): void {
    const holders = this.holders.get(key);
    if (!holders) return;
    const at = holders.indexOf(id);
    if (at >= 0) holders.splice(at, 1);
    if (holders.length > 0) return;
    this.holders.delete(key);
    const keyAt = lowerBound(this.keys, key);
    if (this.keys[keyAt] === key) this.keys.splice(keyAt, 1);
  }

  /** Adds holders of `phrase` (exactly, or of any key it starts) until `found` holds `limit`. */
  collect(phrase: string, exact: boolean, found: Set<string>, limit: number): void {
    for (let at = lowerBound(this.keys, phrase); at < this.keys.length; at += 1) {
      const key = this.keys[at];
      if (exact ? key !== phrase : !key.startsWith(phrase)) return;
      for (const id of this.holders.get(key) ?? []) {
        if (found.size >= limit) return;
        found.add(id);
      }
    }
  }
}

/** Keys are derived from the summary alone, so removing a person needs the summary it was added with. */
export class KeyPrefixIndex {
  private readonly tiers = Array.from({ length: TIER_COUNT }, () => new Tier());
  private readonly shared = new SharedPhraseKeys();

  /** Replaces the whole content at once: one sort per tier instead of one insertion per key. */
  load(people: Iterable<PersonSummary>): void {
    const entries = this.tiers.map(() => new Map<string, string[]>());
    for (const person of people) {
      personKeys(person, this.shared).forEach((tierKeys, tier) => {
        for (const key of tierKeys) {
          const holders = entries[tier].get(key);
          if (holders) holders.push(person.id);
          else entries[tier].set(key, [person.id]);
        }
      });
    }
    this.tiers.forEach((tier, index) => tier.load(entries[index]));
  }

  add(person: PersonSummary): void {
    personKeys(person, this.shared).forEach((tierKeys, tier) => {
      for (const key of tierKeys) this.tiers[tier].add(key, person.id);
    });
  }

  remove(person: PersonSummary): void {
    personKeys(person, this.shared).forEach((tierKeys, tier) => {
      for (const key of tierKeys) this.tiers[tier].delete(key, person.id);
    });
  }

  /** Ids of up to `limit` people: exact key matches first, then prefixes, tier by tier. */
  search(query: string, limit: number): string[] {
    const phrase = normalisePhrase(query);
    const found = new Set<string>();
    if (phrase.length === 0) return [];
    for (const exact of [true, false]) {
      for (const tier of this.tiers) tier.collect(phrase, exact, found, limit);
    }
    return [...found];
  }
}
