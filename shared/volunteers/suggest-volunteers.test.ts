import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShiftStatus } from '../domain/entities';
import { suggestVolunteers, type SuggestVolunteersInput } from './suggest-volunteers';
import { computeFigures } from './volunteer-figures';
import { standingOf, type VolunteerStanding } from './volunteer-standings';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);

type PastShift = [role: string, status: ShiftStatus, daysAgo: number];

function record(personId: string, shifts: PastShift[]): [string, VolunteerStanding] {
  const rows = shifts.map(([role, status, daysAgo], i) => ({
    personId,
    eventId: `event-${daysAgo}-${i}`,
    role,
    startsAt: NOW - daysAgo * DAY,
    endsAt: NOW - daysAgo * DAY + 2 * 3_600_000,
    status,
    hours: 2,
    deletedAt: 0,
  }));
  return [personId, standingOf(computeFigures(personId, rows))];
}

// The cast: Aiko photographs for a living and always comes; Ken is the reliable reception
// volunteer; Jiro did reception once and missed three; Mari comes to every meetup but was never
// asked; Taro is already on this event's roster; Yuki and Sora came once or twice.
const cast: SuggestVolunteersInput = {
  roles: ['photos', 'reception'],
  rosterPersonIds: new Set(['taro']),
  volunteers: new Map([
    record('aiko', [
      ['photos', 'attended', 90],
      ['photos', 'attended', 120],
      ['photos', 'attended', 150],
    ]),
    record('ken', [
      ['reception', 'attended', 100],
      ['reception', 'attended', 130],
      ['reception', 'attended', 160],
      ['setup', 'attended', 190],
    ]),
    record('jiro', [
      ['reception', 'attended', 90],
      ['reception', 'no-show', 120],
      ['reception', 'no-show', 150],
      ['photos', 'no-show', 180],
    ]),
    record('taro', [
      ['photos', 'attended', 200],
      ['photos', 'attended', 230],
    ]),
  ]),
  seriesAttendance: new Map([
    ['mari', 6],
    ['yuki', 1],
    ['sora', 2],
    ['ken', 8],
    ['taro', 9],
  ]),
  offers: new Map([
    ['aiko', ['photography', 'typescript']],
    ['taro', ['photography']],
    ['yuki', ['rust']],
  ]),
  now: NOW,
  limit: 10,
};

function ranked(input: SuggestVolunteersInput, role: string): string[] {
  const forRole = suggestVolunteers(input).find((suggestions) => suggestions.role === role);
  return forRole?.candidates.map((candidate) => candidate.personId) ?? [];
}

describe('suggestVolunteers', () => {
  it('ranks the reliable photographer first for photos, with her reasons', () => {
    const [photos] = suggestVolunteers(cast);
    expect(photos.candidates[0]).toMatchObject({
      personId: 'aiko',
      reasons: [
        { kind: 'did-role-before', role: 'photos', times: 3 },
        { kind: 'offers-matching-topics', role: 'photos', topics: ['photography'] },
        { kind: 'volunteered-before', events: 3, reliability: 1 },
        { kind: 'not-asked-recently', daysSinceAsked: 90 },
      ],
    });
  });

  it('ranks an unreliable volunteer below a reliable one', () => {
    const reception = ranked(cast, 'reception');
    expect(reception[0]).toBe('ken');
    expect(reception.indexOf('jiro')).toBeGreaterThan(reception.indexOf('ken'));
    expect(reception.indexOf('jiro')).toBeGreaterThan(reception.indexOf('aiko'));
  });

  it('brings up a regular attendee who never volunteered, with that reason', () => {
    const [photos] = suggestVolunteers(cast);
    expect(photos.candidates.find((candidate) => candidate.personId === 'mari')?.reasons).toEqual([
      { kind: 'regular-attendee', eventsAttended: 6 },
    ]);
    expect(ranked(cast, 'photos')).not.toContain('sora');
    expect(ranked(cast, 'photos')).not.toContain('yuki');
  });

  it('never suggests someone already on the roster', () => {
    expect(ranked(cast, 'photos')).not.toContain('taro');
    expect(ranked(cast, 'reception')).not.toContain('taro');
  });

  it('puts someone asked last week below the same record asked months ago', () => {
    const input: SuggestVolunteersInput = {
      ...cast,
      roles: ['reception'],
      seriesAttendance: new Map(),
      offers: new Map(),
      volunteers: new Map([
        record('asked-lately', [
          ['reception', 'attended', 7],
          ['reception', 'attended', 100],
        ]),
        record('rested', [
          ['reception', 'attended', 70],
          ['reception', 'attended', 100],
        ]),
      ]),
    };
    expect(ranked(input, 'reception')).toEqual(['rested', 'asked-lately']);
  });

  it('keeps at most `limit` candidates per role, ties broken by person id', () => {
    const input: SuggestVolunteersInput = {
      ...cast,
      roles: ['mc'],
      volunteers: new Map(),
      offers: new Map(),
      seriesAttendance: new Map([
        ['c', 4],
        ['a', 4],
        ['b', 4],
      ]),
      limit: 2,
    };
    expect(ranked(input, 'mc')).toEqual(['a', 'b']);
    expect(suggestVolunteers(input)).toEqual(suggestVolunteers(input));
  });

  it('keeps the same top candidates as ranking everyone and cutting the list', () => {
    const person = fc.record({
      attendance: fc.integer({ min: 0, max: 6 }),
      offersPhotography: fc.boolean(),
      shifts: fc.array(
        fc.tuple(
          fc.constantFrom('photos', 'reception'),
          fc.constantFrom<ShiftStatus>('attended', 'no-show', 'confirmed'),
          fc.integer({ min: 1, max: 200 }),
        ),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(person, { maxLength: 25 }),
        fc.integer({ min: 0, max: 6 }),
        (people, limit) => {
          const ids = people.map((_, i) => `p${String(i).padStart(2, '0')}`);
          const input: SuggestVolunteersInput = {
            roles: ['photos', 'reception'],
            rosterPersonIds: new Set(),
            volunteers: new Map(people.map((spec, i) => record(ids[i], spec.shifts))),
            seriesAttendance: new Map(people.map((spec, i) => [ids[i], spec.attendance])),
            offers: new Map(
              people.flatMap((spec, i) =>
                spec.offersPhotography ? [[ids[i], ['photography']]] : [],
              ),
            ),
            now: NOW,
            limit,
          };
          const everyone = suggestVolunteers({ ...input, limit: Infinity });
          const cut = suggestVolunteers(input);
          for (const [i, role] of everyone.entries()) {
            expect(cut[i].candidates).toEqual(role.candidates.slice(0, limit));
            const scores = role.candidates.map((candidate) => candidate.score);
            expect(scores).toEqual([...scores].sort((a, b) => b - a));
          }
        },
      ),
    );
  });
});
