// The people search engine: the unscored key-prefix path over the structured fields (see
// key-prefix-index.ts) answers first; MiniSearch fills up the results (names and reading weigh
// most, notes and what was noted at meetings least; every meaningful term must match: see
// query-terms.ts). Search as you type: only the query's last word may be the start of a longer
// word, the words before it are complete. A word of 4+ characters tolerates a typo, but only in
// queries of one or two scored words: expanding every word of a phrase ("met at London TypeScript
// #7") by prefixes and typos costs time on phrase queries and finds people the user did not mean.
// It holds live people only: a trashed person is removed when written. It serialises to a plain
// object so that the worker can persist it and start without re-indexing everyone.
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { LIVE, type Person } from '../domain/entities';
import {
  toPersonSummary,
  toSearchDocument,
  type PersonSummary,
  type SearchDocument,
  type SummaryTopic,
  type TopicLabelOf,
} from './search-document';
import { isShortQuery, KeyPrefixIndex } from './key-prefix-index';
import { isCjkTerm, tokenise } from './tokenise';
import { noEncounters, type EncountersOf } from './person-encounters';
import { queryTerms } from './query-terms';

/**
 * Bump when the tokeniser, the fields or the persisted head change: a persisted index of another
 * format is rebuilt. 3: the head holds a change-feed position instead of an updatedAt watermark.
 * 4: links, the events a person was met or volunteered at and their interaction notes are indexed.
 */
export const SEARCH_INDEX_FORMAT = 4;
export const DEFAULT_RESULT_LIMIT = 50;
/** Above this many people in one batch the short-query arrays are re-sorted rather than spliced. */
const BULK_THRESHOLD = 200;
/** From four letters a word tolerates one typo: given names like Aiko or Taro are that short. */
const FUZZY_MIN_LENGTH = 4;
/** Queries with more scored words than this match them exactly (the last one as a prefix). */
const FUZZY_MAX_SCORED_WORDS = 2;

const BOOST: Partial<Record<keyof SearchDocument, number>> = {
  displayName: 4,
  nameReading: 4,
  familyName: 3,
  givenName: 3,
  emails: 2.5,
  company: 2,
  interests: 1.5,
  offers: 1.5,
  asks: 1.5,
  role: 1.5,
  events: 1,
  links: 1,
  notes: 0.5,
  interactionNotes: 0.5,
};

const MINISEARCH_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: [
    'displayName',
    'givenName',
    'familyName',
    'nameReading',
    'company',
    'role',
    'interests',
    'offers',
    'asks',
    'notes',
    'emails',
    'links',
    'events',
    'interactionNotes',
  ],
  storeFields: [],
  // Indexing keeps each term once per field: term frequency says little in names and topics, and
  // a topic's key and label ("typescript TypeScript") would otherwise count twice.
  tokenize: (text) => [...new Set(tokenise(text))],
  processTerm: (term) => term,
  searchOptions: {
    tokenize: (text) => tokenise(text),
    boost: BOOST,
    maxFuzzy: 2,
    combineWith: 'AND',
  },
};

function isFuzzyTerm(term: string): boolean {
  return term.length >= FUZZY_MIN_LENGTH && !isCjkTerm(term);
}

/**
 * How the scored words of a query match: `lastWord` (the query's last word, which the user may
 * still be typing) as a prefix, the others as whole words; typos only in 1–2 word queries.
 */
function scoredSearchOptions(
  scored: readonly string[],
  lastWord: string | undefined,
): SearchOptions {
  const fuzzy = scored.length <= FUZZY_MAX_SCORED_WORDS;
  return {
    tokenize: () => [...scored],
    prefix: (term) => term === lastWord,
    fuzzy: (term) => (fuzzy && isFuzzyTerm(term) ? 0.2 : false),
  };
}

export interface SearchHit {
  id: string;
  displayName: string;
  nameReading: string;
  company: string;
  /** The topic the query matched, when it matched one. */
  matchedTopic: SummaryTopic | null;
}

export interface SerialisedSearchIndex {
  format: number;
  /** MiniSearch's own plain-object form (JSON.stringify writes it as MiniSearch's JSON). */
  miniSearch: Parameters<typeof MiniSearch.loadJS>[0];
  people: PersonSummary[];
}

function startsAny(terms: readonly string[], prefix: string): boolean {
  return terms.some((term) => term.startsWith(prefix));
}

export class PeopleSearchIndex {
  private readonly keys = new KeyPrefixIndex();
  private readonly topicTerms = new Map<string, string[]>();

  private constructor(
    private readonly miniSearch: MiniSearch<SearchDocument>,
    private readonly people: Map<string, PersonSummary>,
  ) {
    this.keys.load(people.values());
  }

  static empty(): PeopleSearchIndex {
    return new PeopleSearchIndex(new MiniSearch(MINISEARCH_OPTIONS), new Map());
  }

  /** Restores a serialised index, or returns null when it was written in another format. */
  static restore(serialised: SerialisedSearchIndex): PeopleSearchIndex | null {
    if (serialised.format !== SEARCH_INDEX_FORMAT) return null;
    const miniSearch = MiniSearch.loadJS<SearchDocument>(serialised.miniSearch, MINISEARCH_OPTIONS);
    return new PeopleSearchIndex(
      miniSearch,
      new Map(serialised.people.map((person) => [person.id, person])),
    );
  }

  get size(): number {
    return this.people.size;
  }

  ids(): string[] {
    return [...this.people.keys()];
  }

  /** The people indexed with one of these topics: their labels are shown and searched. */
  idsWithTopics(keys: ReadonlySet<string>): string[] {
    const ids: string[] = [];
    for (const person of this.people.values())
      if (person.topics.some((topic) => keys.has(topic.key))) ids.push(person.id);
    return ids;
  }

  /**
   * Indexes people as they are now: adds or replaces live ones, removes trashed ones. Their
   * encounters (events met at, interaction notes) are indexed with them.
   */
  putAll(
    people: readonly Person[],
    labelOf: TopicLabelOf,
    encountersOf: EncountersOf = noEncounters,
  ): void {
    const bulk = people.length > BULK_THRESHOLD;
    for (const person of people) {
      if (person.deletedAt !== LIVE) {
        this.remove(person.id);
        continue;
      }
      const document = toSearchDocument(person, labelOf, encountersOf(person.id));
      if (this.miniSearch.has(person.id)) this.miniSearch.replace(document);
      else this.miniSearch.add(document);
      const summary = toPersonSummary(person, labelOf);
      const previous = this.people.get(person.id);
      this.people.set(person.id, summary);
      if (bulk) continue;
      if (previous) this.keys.remove(previous);
      this.keys.add(summary);
    }
    if (bulk) this.keys.load(this.people.values());
  }

  put(person: Person, labelOf: TopicLabelOf, encountersOf: EncountersOf = noEncounters): void {
    this.putAll([person], labelOf, encountersOf);
  }

  remove(id: string): void {
    const previous = this.people.get(id);
    if (!previous) return;
    this.people.delete(id);
    this.miniSearch.discard(id);
    this.keys.remove(previous);
  }

  /**
   * The structured fields first, unscored (names before reading, e-mail, company, topics, role);
   * when they hold fewer than `limit` people, MiniSearch adds matches in notes, words in another
   * order and (in queries of one or two words) words with a typo, best score first.
   */
  search(query: string, limit: number = DEFAULT_RESULT_LIMIT): SearchHit[] {
    const words = tokenise(query);
    const terms = [...new Set(words)];
    const found = this.keys.search(query, limit);
    if (found.length < limit && !isShortQuery(query)) {
      this.addScoredMatches(terms, words.at(-1), new Set(found), found, limit);
    }
    return found.flatMap((id) => {
      const person = this.people.get(id);
      return person ? [this.toHit(person, terms)] : [];
    });
  }

  serialise(): SerialisedSearchIndex {
    return {
      format: SEARCH_INDEX_FORMAT,
      miniSearch: this.miniSearch.toJSON(),
      people: [...this.people.values()],
    };
  }

  private addScoredMatches(
    terms: readonly string[],
    lastWord: string | undefined,
    seen: Set<string>,
    found: string[],
    limit: number,
  ): void {
    const { scored, prefixes } = queryTerms(terms);
    if (scored.length === 0) return;
    const options = scoredSearchOptions(scored, lastWord);
    for (const result of this.miniSearch.search(scored.join(' '), options)) {
      if (found.length >= limit) return;
      const id = result.id as string;
      const person = this.people.get(id);
      if (seen.has(id) || !person) continue;
      const personTerms = prefixes.length > 0 ? this.summaryTerms(person) : [];
      if (prefixes.every((prefix) => startsAny(personTerms, prefix))) found.push(id);
    }
  }

  private summaryTerms(person: PersonSummary): string[] {
    return tokenise(
      [
        person.displayName,
        person.givenName,
        person.familyName,
        person.nameReading,
        person.company,
        person.role,
        ...person.emails,
      ].join('\n'),
    ).concat(person.topics.flatMap((topic) => this.termsOfTopic(topic)));
  }

  private termsOfTopic(topic: SummaryTopic): string[] {
    const text = `${topic.key}\n${topic.label}`;
    let terms = this.topicTerms.get(text);
    if (!terms) {
      terms = tokenise(text);
      this.topicTerms.set(text, terms);
    }
    return terms;
  }

  /** The topic that every query term prefixes a word of, if the person has one. */
  private matchedTopic(person: PersonSummary, terms: readonly string[]): SummaryTopic | null {
    if (terms.length === 0) return null;
    return (
      person.topics.find((topic) => {
        const topicTerms = this.termsOfTopic(topic);
        return terms.every((term) => startsAny(topicTerms, term));
      }) ?? null
    );
  }

  private toHit(person: PersonSummary, terms: readonly string[]): SearchHit {
    return {
      id: person.id,
      displayName: person.displayName,
      nameReading: person.nameReading,
      company: person.company,
      matchedTopic: this.matchedTopic(person, terms),
    };
  }
}
