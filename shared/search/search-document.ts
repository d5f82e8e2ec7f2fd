// What the search index keeps about a person: the text fields MiniSearch indexes, and a small
// summary that results are displayed from (so a result list needs no database read) and that the
// short-query path builds its name keys from. Topics are indexed by key and label both, so
// `rails` and `Ruby on Rails` find the same people. Links, and the events and notes of the
// person's interactions (person-encounters), are indexed too but not summarised.
import type { Person } from '../domain/entities';
import type { PersonEncounters } from './person-encounters';

export type TopicGroup = 'interest' | 'offer' | 'ask';

export interface SummaryTopic {
  group: TopicGroup;
  key: string;
  label: string;
}

/** The fields a result shows and the short-query keys come from. */
export interface PersonSummary {
  id: string;
  displayName: string;
  givenName: string;
  familyName: string;
  nameReading: string;
  company: string;
  role: string;
  emails: string[];
  topics: SummaryTopic[];
}

/** The document MiniSearch indexes: every field a flat string. */
export interface SearchDocument {
  id: string;
  displayName: string;
  givenName: string;
  familyName: string;
  nameReading: string;
  company: string;
  role: string;
  interests: string;
  offers: string;
  asks: string;
  notes: string;
  emails: string;
  links: string;
  /** Names, series and places of the events the person was met at. */
  events: string;
  /** The notes of the person's interactions. */
  interactionNotes: string;
}

/** Resolves a topic key to the label shown for it (the key itself when unknown). */
export type TopicLabelOf = (key: string) => string;

/** `https://www.` says nothing about a link and would be a term of every document. */
const LINK_SCHEME = /^[a-z]+:\/\/(?:www\.)?/i;

export const keyAsLabel: TopicLabelOf = (key) => key;

function topicText(keys: readonly string[], labelOf: TopicLabelOf): string {
  return keys.map((key) => `${key} ${labelOf(key)}`).join('\n');
}

export function toSearchDocument(
  person: Person,
  labelOf: TopicLabelOf,
  encounters?: PersonEncounters,
): SearchDocument {
  return {
    id: person.id,
    displayName: person.displayName,
    givenName: person.givenName,
    familyName: person.familyName,
    nameReading: person.nameReading,
    company: person.company,
    role: person.role,
    interests: topicText(person.interests, labelOf),
    offers: topicText(person.offers, labelOf),
    asks: topicText(person.asks, labelOf),
    notes: person.notes,
    emails: person.emails.join('\n'),
    links: person.links.map((link) => link.replace(LINK_SCHEME, '')).join('\n'),
    events: encounters?.events ?? '',
    interactionNotes: encounters?.notes ?? '',
  };
}

export function toPersonSummary(person: Person, labelOf: TopicLabelOf): PersonSummary {
  const topics = (group: TopicGroup, keys: readonly string[]): SummaryTopic[] =>
    keys.map((key) => ({ group, key, label: labelOf(key) }));
  return {
    id: person.id,
    displayName: person.displayName,
    givenName: person.givenName,
    familyName: person.familyName,
    nameReading: person.nameReading,
    company: person.company,
    role: person.role,
    emails: [...person.emails],
    topics: [
      ...topics('interest', person.interests),
      ...topics('offer', person.offers),
      ...topics('ask', person.asks),
    ],
  };
}
