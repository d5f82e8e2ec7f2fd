// The people search engine: MiniSearch for full-text queries (names and reading weigh most,
// notes least; prefix matching, light fuzziness for words of 5+ characters, every term must match)
// plus the short-query path for 1–2 character queries. It holds live people only: a trashed
// person is removed when written. It serialises to a plain object so that the worker can persist
// it and start without re-indexing everyone.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { LIVE, type Person } from '../domain/entities';
import {
  toPersonSummary,
  toSearchDocument,
  type PersonSummary,
  type SearchDocument,
  type SummaryTopic,
  type TopicGroup,
  type TopicLabelOf,
} from './search-document';
import { isShortQuery, ShortQueryIndex } from './short-query-index';
import { isCjkTerm, tokenise } from './tokenise';

/** Bump when the tokeniser or the fields change: a persisted index of another format is rebuilt. */
export const SEARCH_INDEX_FORMAT = 1;
export const DEFAULT_RESULT_LIMIT = 50;
/** Above this many people in one batch the short-query arrays are re-sorted rather than spliced. */
const BULK_THRESHOLD = 200;
const FUZZY_MIN_LENGTH = 5;

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
  notes: 0.5,
};
const TOPIC_FIELDS: Record<string, TopicGroup> = {
  interests: 'interest',
  offers: 'offer',
  asks: 'ask',
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
  ],
  storeFields: [],
  tokenize: (text) => tokenise(text),
  processTerm: (term) => term,
  searchOptions: {
    boost: BOOST,
    prefix: true,
    fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH && !isCjkTerm(term) ? 0.2 : false),
    maxFuzzy: 2,
    combineWith: 'AND',
  },
};

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
  /** MiniSearch's own JSON. */
  miniSearch: string;
  people: PersonSummary[];
}

function matchedTopic(person: PersonSummary, result: SearchResult): SummaryTopic | null {
  for (const [term, fields] of Object.entries(result.match)) {
    for (const field of fields) {
      const group = TOPIC_FIELDS[field];
      if (!group) continue;
      const topic = person.topics.find(
        (candidate) =>
          candidate.group === group &&
          tokenise(`${candidate.key} ${candidate.label}`).includes(term),
      );
      if (topic) return topic;
    }
  }
  return null;
}

function toHit(person: PersonSummary, topic: SummaryTopic | null): SearchHit {
  return {
    id: person.id,
    displayName: person.displayName,
    nameReading: person.nameReading,
    company: person.company,
    matchedTopic: topic,
  };
}

export class PeopleSearchIndex {
  private readonly shortQueries = new ShortQueryIndex();

  private constructor(
    private readonly miniSearch: MiniSearch<SearchDocument>,
    private readonly people: Map<string, PersonSummary>,
  ) {
    this.shortQueries.load(people.values());
  }

  static empty(): PeopleSearchIndex {
    return new PeopleSearchIndex(new MiniSearch(MINISEARCH_OPTIONS), new Map());
  }

  /** Restores a serialised index, or returns null when it was written in another format. */
  static restore(serialised: SerialisedSearchIndex): PeopleSearchIndex | null {
    if (serialised.format !== SEARCH_INDEX_FORMAT) return null;
    const miniSearch = MiniSearch.loadJSON<SearchDocument>(
      serialised.miniSearch,
      MINISEARCH_OPTIONS,
    );
    return new PeopleSearchIndex(
      miniSearch,
      new Map(serialised.people.map((person) => [person.id, person])),
    );
  }

  get size(): number {
    return this.people.size;
  }

  has(id: string): boolean {
    return this.people.has(id);
  }

  /** Indexes people as they are now: adds or replaces live ones, removes trashed ones. */
  putAll(people: readonly Person[], labelOf: TopicLabelOf): void {
    const bulk = people.length > BULK_THRESHOLD;
    for (const person of people) {
      if (person.deletedAt !== LIVE) {
        this.remove(person.id);
        continue;
      }
      const document = toSearchDocument(person, labelOf);
      if (this.miniSearch.has(person.id)) this.miniSearch.replace(document);
      else this.miniSearch.add(document);
      const summary = toPersonSummary(person, labelOf);
      this.people.set(person.id, summary);
      if (!bulk) this.shortQueries.put(summary);
    }
    if (bulk) this.shortQueries.load(this.people.values());
  }

  put(person: Person, labelOf: TopicLabelOf): void {
    this.putAll([person], labelOf);
  }

  remove(id: string): void {
    if (!this.people.delete(id)) return;
    this.miniSearch.discard(id);
    this.shortQueries.remove(id);
  }

  search(query: string, limit: number = DEFAULT_RESULT_LIMIT): SearchHit[] {
    if (isShortQuery(query)) {
      return this.shortQueries.search(query, limit).flatMap((id) => {
        const person = this.people.get(id);
        return person ? [toHit(person, null)] : [];
      });
    }
    const results = this.miniSearch.search(query);
    const hits: SearchHit[] = [];
    for (const result of results) {
      if (hits.length >= limit) break;
      const person = this.people.get(result.id as string);
      if (person) hits.push(toHit(person, matchedTopic(person, result)));
    }
    return hits;
  }

  serialise(): SerialisedSearchIndex {
    return {
      format: SEARCH_INDEX_FORMAT,
      miniSearch: JSON.stringify(this.miniSearch),
      people: [...this.people.values()],
    };
  }
}
