// The synthetic data set used by "Load sample data", the end-to-end tests and the benchmarks:
// realistic at any size up to 50,000 people, and deterministic: the same options (seed and
// `now` included) always give the same rows, ids included. Pure: no clock, no Math.random.
import type {
  HallwayEvent,
  Interaction,
  Introduction,
  Relationship,
  WritablePerson,
  Topic,
  VolunteerShift,
} from '../domain/entities';
import { topicLabel } from '../topics/topic-label';
import { generateEvents } from './generate-events';
import { generateInteractions, type GeneratedInteractions } from './generate-interactions';
import { generateIntroductions } from './generate-introductions';
import { generatePeople } from './generate-people';
import { generateRelationships } from './generate-relationships';
import { generateVolunteerShifts } from './generate-volunteer-shifts';
import { SampleRandom } from './sample-random';
import { CATALOGUE_BY_KEY } from './topic-catalogue';

export interface SampleDataOptions {
  seed?: number;
  people: number;
  /** Defaults to one event per 25 people, at least 24. */
  events?: number;
  /** Average interactions per person; defaults to 4. */
  interactionsPerPerson?: number;
  /** The generator's "today" (epoch ms): events span the four years before it. */
  now?: number;
}

export interface SampleData {
  people: WritablePerson[];
  events: HallwayEvent[];
  interactions: Interaction[];
  introductions: Introduction[];
  volunteerShifts: VolunteerShift[];
  relationships: Relationship[];
  topics: Topic[];
}

export const DEFAULT_SAMPLE_SEED = 1;
/** 2026-01-15T00:00Z: the default "today", so that a seed alone pins the whole data set. */
export const DEFAULT_SAMPLE_NOW = Date.UTC(2026, 0, 15);

/** One introduction for every this many people. */
const INTRODUCTIONS_PER_PEOPLE = 25;

export function defaultEventCount(people: number): number {
  return Math.max(24, Math.round(people / 25));
}

/** Fills in what depends on a person's interactions: createdAt, updatedAt, lastContactAt. */
function stampPeople(people: WritablePerson[], contacts: GeneratedInteractions, now: number): void {
  people.forEach((person, index) => {
    const lastContactAt = contacts.lastAt[index];
    person.createdAt = contacts.firstAt[index] || now;
    person.lastContactAt = lastContactAt;
    person.updatedAt = Math.max(person.createdAt, lastContactAt);
  });
}

function topicRows(people: readonly WritablePerson[], now: number): Topic[] {
  const keys = new Set<string>();
  for (const person of people) {
    for (const key of person.interests) keys.add(key);
    for (const key of person.offers) keys.add(key);
    for (const key of person.asks) keys.add(key);
  }
  return [...keys].sort().map((key) => ({
    key,
    label: CATALOGUE_BY_KEY.get(key)?.label ?? topicLabel(key),
    aliases: [],
    createdAt: now,
    updatedAt: now,
  }));
}

export function generateSampleData(options: SampleDataOptions): SampleData {
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const now = options.now ?? DEFAULT_SAMPLE_NOW;
  const peopleCount = Math.max(0, Math.floor(options.people));
  const eventCount = Math.max(0, Math.floor(options.events ?? defaultEventCount(peopleCount)));
  const interactionTotal = Math.round(peopleCount * (options.interactionsPerPerson ?? 4));
  const random = new SampleRandom(seed);
  const events = generateEvents(random, eventCount, now);
  const people = generatePeople(random, peopleCount);
  const generated = generateInteractions(random, people, events, interactionTotal, now);
  stampPeople(people, generated, now);
  const introductionCount = Math.round(peopleCount / INTRODUCTIONS_PER_PEOPLE);
  const introductions = generateIntroductions(
    random,
    people,
    introductionCount,
    CATALOGUE_BY_KEY,
    now,
  );
  const volunteerShifts = generateVolunteerShifts(random, people, events, now);
  return {
    people,
    events,
    interactions: generated.interactions,
    introductions,
    volunteerShifts,
    relationships: generateRelationships(random, people, now),
    topics: topicRows(people, now),
  };
}
