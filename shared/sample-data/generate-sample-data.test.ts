import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, INTERACTION_KINDS } from '../domain/entities';
import { emailKey } from '../people/derive-person-keys';
import { normaliseTopicKey } from '../topics/normalise-topic-key';
import { generateSampleData } from './generate-sample-data';

const NOW = Date.UTC(2026, 5, 1);
const data = generateSampleData({ seed: 11, people: 2_000, now: NOW });
const peopleById = new Map(data.people.map((person) => [person.id, person]));
const eventsById = new Map(data.events.map((event) => [event.id, event]));
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('generateSampleData', () => {
  it('gives identical output for the same seed', () => {
    const first = generateSampleData({ seed: 42, people: 300, now: NOW });
    const second = generateSampleData({ seed: 42, people: 300, now: NOW });
    expect(second).toEqual(first);
  });

  it('gives different output for a different seed', () => {
    const first = generateSampleData({ seed: 42, people: 300, now: NOW });
    const other = generateSampleData({ seed: 43, people: 300, now: NOW });
    expect(other.people.map((person) => person.id)).not.toEqual(
      first.people.map((person) => person.id),
    );
    expect(other.people.map((person) => person.displayName)).not.toEqual(
      first.people.map((person) => person.displayName),
    );
  });

  it('respects the requested sizes', () => {
    const sized = generateSampleData({
      seed: 1,
      people: 500,
      events: 60,
      interactionsPerPerson: 3,
    });
    expect(sized.people).toHaveLength(500);
    expect(sized.events).toHaveLength(60);
    expect(sized.interactions).toHaveLength(1_500);
    expect(generateSampleData({ seed: 1, people: 0 }).people).toHaveLength(0);
  });

  it('uses unique ids in every table', () => {
    const ids = [
      ...data.people,
      ...data.events,
      ...data.interactions,
      ...data.introductions,
      ...data.volunteerShifts,
      ...data.relationships,
    ].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('relates about one in two people, colleagues at the same company, once per pair and kind', () => {
    expect(data.relationships.length).toBeGreaterThan(data.people.length * 0.4);
    expect(data.relationships.length).toBeLessThan(data.people.length * 0.6);
    const seen = new Set<string>();
    for (const relationship of data.relationships) {
      const from = peopleById.get(relationship.fromId);
      const to = peopleById.get(relationship.toId);
      expect(from && to && from !== to).toBe(true);
      if (relationship.kind === 'works-with') expect(from?.company).toBe(to?.company);
      const pair = [relationship.fromId, relationship.toId].sort().join('|');
      expect(seen.has(`${pair}|${relationship.kind}`)).toBe(false);
      seen.add(`${pair}|${relationship.kind}`);
      if (relationship.until !== null) expect(relationship.until).toBeLessThan(NOW);
    }
    expect(new Set(data.relationships.map((row) => row.kind)).size).toBe(5);
  });

  it('mixes Latin and Japanese names, every Japanese name with a kana reading', () => {
    const japanese = data.people.filter((person) => JAPANESE.test(person.displayName));
    expect(japanese.length).toBeGreaterThan(data.people.length * 0.2);
    expect(japanese.length).toBeLessThan(data.people.length * 0.8);
    for (const person of japanese) {
      expect(person.nameReading).toMatch(/^[\u3040-\u309f]+ [\u3040-\u309f]+$/);
      expect(person.nameOrder).toBe('family-given');
      expect(person.displayName).toBe(`${person.familyName} ${person.givenName}`);
    }
  });

  it('keeps a romaji form of Japanese names, so "yamada" can find 山田', () => {
    const yamada = data.people.filter((person) => person.familyName === '山田');
    expect(yamada.length).toBeGreaterThan(0);
    for (const person of yamada) expect(person.notes.toLowerCase()).toContain('yamada');
  });

  it('gives every person unique e-mails, and leaves their derived keys to the write', () => {
    const emails = data.people.flatMap((person) => person.emails.map(emailKey));
    expect(new Set(emails).size).toBe(emails.length);
    for (const person of data.people.slice(0, 300)) {
      expect(person).not.toHaveProperty('emailKeys');
      expect(person.deletedAt).toBe(0);
    }
  });

  it('draws topics as normalised keys, with a popular head and a long tail', () => {
    const counts = new Map<string, number>();
    for (const person of data.people) {
      for (const key of [...person.interests, ...person.offers, ...person.asks]) {
        expect(normaliseTopicKey(key)).toBe(key);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(counts.size).toBeGreaterThan(150);
    expect(sorted[0]).toBeGreaterThan(sorted[Math.floor(sorted.length / 2)] * 10);
    const topicKeys = new Set(data.topics.map((topic) => topic.key));
    for (const key of counts.keys()) expect(topicKeys.has(key)).toBe(true);
  });

  it('spreads events over several years in a dozen series, using known kinds', () => {
    const years = new Set(data.events.map((event) => new Date(event.startsAt).getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(4);
    expect(new Set(data.events.map((event) => event.series)).size).toBeGreaterThanOrEqual(12);
    for (const event of data.events) expect(EVENT_KINDS).toContain(event.kind);
    expect(data.events.some((event) => event.startsAt > NOW)).toBe(true);
  });

  it('points every interaction at an existing person, and "met" ones at a past event', () => {
    expect(data.interactions.length).toBe(8_000);
    const orphans = data.interactions.filter(({ personId }) => !peopleById.has(personId));
    const unknownKinds = data.interactions.filter(({ kind }) => !INTERACTION_KINDS.includes(kind));
    const future = data.interactions.filter(({ at }) => at > NOW);
    const outsideTheirEvent = data.interactions.filter(({ eventId, at }) => {
      if (eventId === undefined) return false;
      const event = eventsById.get(eventId);
      return !event || at < event.startsAt || at > (event.endsAt ?? event.startsAt);
    });
    expect({ orphans, unknownKinds, future, outsideTheirEvent }).toEqual({
      orphans: [],
      unknownKinds: [],
      future: [],
      outsideTheirEvent: [],
    });
    const met = data.interactions.filter((interaction) => interaction.kind === 'met');
    expect(met.length).toBeGreaterThan(data.people.length);
  });

  it('sets lastContactAt to the newest interaction of each person', () => {
    const newest = new Map<string, number>();
    for (const { personId, at } of data.interactions) {
      newest.set(personId, Math.max(newest.get(personId) ?? 0, at));
    }
    for (const person of data.people) {
      expect(person.lastContactAt).toBe(newest.get(person.id) ?? 0);
      expect(person.createdAt).toBeLessThanOrEqual(person.updatedAt);
    }
  });

  it('stores introductions once per ordered pair of existing people', () => {
    expect(data.introductions.length).toBeGreaterThan(0);
    const pairs = new Set<string>();
    for (const introduction of data.introductions) {
      expect(introduction.aId < introduction.bId).toBe(true);
      expect(peopleById.has(introduction.aId) && peopleById.has(introduction.bId)).toBe(true);
      pairs.add(`${introduction.aId}|${introduction.bId}`);
      expect(introduction.statusDates[introduction.status]).toBeDefined();
      expect(introduction.madeAt).toBe(introduction.statusDates.made ?? null);
    }
    expect(pairs.size).toBe(data.introductions.length);
  });

  it('puts volunteers on shifts at the events the user organizes', () => {
    expect(data.volunteerShifts.length).toBeGreaterThan(0);
    for (const shift of data.volunteerShifts) {
      expect(peopleById.has(shift.personId)).toBe(true);
      expect(eventsById.get(shift.eventId)?.myRole).toBe('organizer');
      expect(shift.endsAt).toBeGreaterThan(shift.startsAt);
      if (shift.startsAt > NOW) expect(['invited', 'confirmed']).toContain(shift.status);
    }
  });
});
