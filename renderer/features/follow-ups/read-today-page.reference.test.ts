// The paged Today view against the whole computation: for any people, meetings, cadences,
// introductions made, trash and stored actions, each section's count and first items are what computeToday makes of every
// row, read without any queue or page.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { FollowUp, HallwayEvent, Interaction } from '../../../shared/domain/entities';
import { introductionFixture } from '../../../shared/domain/introduction-fixture';
import { personFixture } from '../../../shared/domain/person-fixture';
import { computeToday } from '../../../shared/follow-ups/compute-today';
import { DEFAULT_FOLLOW_UP_SETTINGS } from '../../../shared/follow-ups/suggested-follow-up';
import { TODAY_SECTIONS } from '../../../shared/follow-ups/today-page';
import { zonedCalendar } from '../../../shared/follow-ups/zoned-calendar';
import { runWrite } from '../../data/run-write';
import { HallwayDatabase } from '../../db/database';
import { readLikelyAttendees } from './read-likely-attendees';
import { readTodayPage } from './read-today-page';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 2, 29, 1, 30);
const PEOPLE = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'pa', 'pb'];

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const event = (id: string, startsAt: number): HallwayEvent => ({
  id,
  name: id,
  kind: 'meetup',
  series: 'Tokyo Rust',
  startsAt,
  endsAt: startsAt + 2 * HOUR,
  myRole: '',
  location: '',
  url: '',
  notes: '',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: 0,
});

const EVENTS = [
  event('past-1', NOW - 20 * DAY),
  event('past-2', NOW - 6 * DAY),
  event('past-3', NOW - 2 * DAY + 5 * HOUR),
  event('next', NOW + 3 * DAY),
];

const arbitraryPerson = fc.record({
  id: fc.constantFrom(...PEOPLE),
  keepInTouchDays: fc.constantFrom(null, 1, 3, 7, 30),
  deletedAt: fc.constantFrom(0, 0, 9),
});

const arbitraryInteraction = fc.record({
  id: fc.integer({ min: 0, max: 40 }).map((n) => `i${n}`),
  personId: fc.constantFrom(...PEOPLE),
  at: fc.integer({ min: -12 * 8, max: 0 }).map((steps) => NOW + steps * 3 * HOUR),
  kind: fc.constantFrom('met' as const, 'met' as const, 'message' as const),
  eventId: fc.constantFrom(...EVENTS.slice(0, 3).map((e) => e.id)),
  deletedAt: fc.constantFrom(0, 0, 0, 7),
});

const arbitraryIntroduction = fc.record({
  id: fc.integer({ min: 0, max: 30 }).map((n) => `n${n}`),
  aId: fc.constantFrom(...PEOPLE),
  bId: fc.constantFrom(...PEOPLE),
  status: fc.constantFrom('made' as const, 'made' as const, 'made' as const, 'connected' as const),
  // Around the check-in delay (14 days by default), so some fall due today, some earlier, some later.
  madeAt: fc.integer({ min: -19 * 8, max: -12 * 8 }).map((steps) => NOW + steps * 3 * HOUR),
  outcome: fc.constantFrom('', '', '', 'They hired each other'),
  deletedAt: fc.constantFrom(0, 0, 0, 5),
});

const arbitraryAction = fc.record({
  pick: fc.nat(),
  status: fc.constantFrom('dismissed' as const, 'done' as const, 'snoozed' as const),
  until: fc.integer({ min: -3, max: 9 }).map((days) => NOW + days * DAY),
});

const arbitraryLimit = fc.integer({ min: 1, max: 2 });

describe('the paged Today view', () => {
  it('counts and begins every section as the whole computation does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('Asia/Tokyo', 'Europe/Berlin', 'America/Santiago'),
        fc.array(arbitraryPerson, { maxLength: 10 }),
        fc.array(arbitraryInteraction, { minLength: 4, maxLength: 30 }),
        fc.array(arbitraryIntroduction, { maxLength: 20 }),
        fc.array(arbitraryAction, { maxLength: 5 }),
        fc.record({ overdue: arbitraryLimit, dueToday: arbitraryLimit, comingUp: arbitraryLimit }),
        async (zone, people, interactions, introductions, actions, limits) => {
          const calendar = zonedCalendar(zone);
          const db = new HallwayDatabase(`today-reference-${crypto.randomUUID()}`);
          opened.push(db);
          await runWrite(db, async (write) => {
            await write.insert('events', EVENTS);
            await write.put(
              'people',
              people.map((person) => personFixture(person)),
            );
            await write.put(
              'interactions',
              interactions.map((row): Interaction => ({
                ...row,
                note: '',
                createdAt: 1,
                updatedAt: 1,
              })),
            );
            await write.put(
              'introductions',
              introductions.map((row) =>
                introductionFixture({ ...row, statusDates: { made: row.madeAt } }),
              ),
            );
          });

          const everything = async () => {
            const allPeople = await db.people.toArray();
            const trashedPeople = new Set(
              allPeople.filter((person) => person.deletedAt !== 0).map((person) => person.id),
            );
            const upcomingEvents = [EVENTS[3]];
            return computeToday(
              {
                trashedPeople,
                newestInteractions: await db.interactions.toArray(),
                contactsDue: allPeople
                  .filter((person) => person.deletedAt === 0)
                  .map((person) => ({ personId: person.id, dueAt: person.nextContactDueAt ?? 0 })),
                madeIntroductions: await db.introductions.toArray(),
                endedShifts: [],
                upcomingEvents,
                attendeesByEvent: await readLikelyAttendees(db, upcomingEvents, trashedPeople),
                storedActions: await db.followUps.toArray(),
              },
              DEFAULT_FOLLOW_UP_SETTINGS,
              calendar,
              NOW,
            );
          };

          const suggestions = Object.values(await everything()).flat();
          const stored: FollowUp[] = [];
          for (const action of actions) {
            const suggestion = suggestions[action.pick % Math.max(1, suggestions.length)];
            if (!suggestion || stored.some((row) => row.rule === suggestion.key)) continue;
            stored.push({
              id: `f${stored.length}`,
              personId: suggestion.personIds[0],
              rule: suggestion.key,
              reason: '',
              status: action.status,
              dueAt: action.until,
              createdAt: 1,
              updatedAt: 1,
            });
          }
          await db.followUps.bulkAdd(stored);

          const whole = await everything();
          const page = await readTodayPage(db, DEFAULT_FOLLOW_UP_SETTINGS, calendar, NOW, limits);
          for (const section of TODAY_SECTIONS) {
            expect(page.counts[section]).toBe(whole[section].length);
            expect(page[section]).toEqual(whole[section].slice(0, limits[section]));
          }
          await db.delete();
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
