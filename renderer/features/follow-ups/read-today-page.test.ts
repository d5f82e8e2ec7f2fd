import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_SETTINGS } from '../../../shared/follow-ups/suggested-follow-up';
import { zonedCalendar } from '../../../shared/follow-ups/zoned-calendar';
import { HallwayDatabase } from '../../db/database';
import { createEvent } from '../../data/writes/events-writes';
import { actOnSuggestion, undoSuggestionAction } from '../../data/writes/follow-ups-writes';
import { logInteraction } from '../../data/writes/interactions-writes';
import { proposeIntroduction, setIntroductionStatus } from '../../data/writes/introductions-writes';
import { createPerson, trashPerson } from '../../data/writes/people-writes';
import { createShift, setShiftStatus } from '../../data/writes/volunteer-shifts-writes';
import { readTodayPage } from './read-today-page';
import { readPageDetails } from './use-page-details';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const tokyo = zonedCalendar('Asia/Tokyo');
/** 2026-01-10 19:00 in Tokyo. */
const MEETUP_AT = Date.UTC(2026, 0, 10, 10);

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`today-page-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const ALL = { overdue: 100, dueToday: 100, comingUp: 100 };
const today = (db: HallwayDatabase, now: number) =>
  readTodayPage(db, DEFAULT_FOLLOW_UP_SETTINGS, tokyo, now, ALL);
const NOTHING = {
  overdue: [],
  dueToday: [],
  comingUp: [],
  counts: { overdue: 0, dueToday: 0, comingUp: 0 },
};
const keys = (items: readonly { key: string }[]) => items.map((item) => item.key);

describe('the Today view from the database', () => {
  it('brings up a meeting the next day, and lets it go once something is logged', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const meetup = await createEvent(db, { name: 'Tokyo Rust #1', startsAt: MEETUP_AT });
    const met = await logInteraction(db, {
      personId: ada.id,
      at: MEETUP_AT,
      kind: 'met',
      eventId: meetup.id,
      note: 'Embedded Rust',
    });
    expect(await today(db, MEETUP_AT + HOUR)).toEqual(NOTHING);
    const nextDay = await today(db, MEETUP_AT + DAY);
    expect(nextDay.comingUp).toEqual([
      expect.objectContaining({ key: `met:${met.id}`, personIds: [ada.id] }),
    ]);
    const [item] = nextDay.comingUp;
    expect((await readPageDetails(db, [item])).get(item.key)?.lastNote).toBe('Embedded Rust');
    expect(keys((await today(db, MEETUP_AT + 3 * DAY)).dueToday)).toEqual([`met:${met.id}`]);
    expect(keys((await today(db, MEETUP_AT + 4 * DAY)).overdue)).toEqual([`met:${met.id}`]);

    const [suggestion] = nextDay.comingUp;
    const undo = await actOnSuggestion(db, suggestion, {
      type: 'done',
      interaction: { kind: 'message', at: MEETUP_AT + DAY },
    });
    expect(await today(db, MEETUP_AT + 4 * DAY)).toEqual(NOTHING);
    expect((await db.people.get(ada.id))?.lastContactAt).toBe(MEETUP_AT + DAY);
    await undoSuggestionAction(db, undo);
    expect(keys((await today(db, MEETUP_AT + 4 * DAY)).overdue)).toEqual([`met:${met.id}`]);
    expect(await db.followUps.count()).toBe(0);
  });

  it('snoozes until a date and dismisses for good', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const meetup = await createEvent(db, { name: 'Meetup', startsAt: MEETUP_AT });
    await logInteraction(db, { personId: ada.id, at: MEETUP_AT, kind: 'met', eventId: meetup.id });
    const [suggestion] = (await today(db, MEETUP_AT + 3 * DAY)).dueToday;
    const weekLater = tokyo.addDays(MEETUP_AT + 3 * DAY, 7);
    await actOnSuggestion(db, suggestion, { type: 'snooze', until: weekLater });
    expect(keys((await today(db, weekLater - 1)).overdue)).toEqual([]);
    expect(keys((await today(db, weekLater)).dueToday)).toEqual([suggestion.key]);
    await actOnSuggestion(db, suggestion, { type: 'dismiss' });
    expect(await db.followUps.count()).toBe(1);
    expect((await today(db, weekLater + 20 * DAY)).overdue).toEqual([]);
  });

  it('reads cadences, introductions, thanks and upcoming events, leaving trashed people out', async () => {
    const db = freshDatabase();
    const now = MEETUP_AT + 20 * DAY;
    const ada = await createPerson(db, { displayName: 'Ada', keepInTouchDays: 7 });
    const grace = await createPerson(db, { displayName: 'Grace' });
    const linus = await createPerson(db, { displayName: 'Linus', keepInTouchDays: 7 });
    await logInteraction(db, {
      personId: ada.id,
      at: now - 10 * DAY,
      kind: 'call',
      note: 'Job hunt',
    });
    await logInteraction(db, { personId: linus.id, at: now - 10 * DAY, kind: 'call' });
    await trashPerson(db, linus.id);

    const introduction = await proposeIntroduction(db, {
      personIds: [ada.id, grace.id],
      reason: 'Rust',
    });
    await setIntroductionStatus(db, introduction.id, 'made', now - 15 * DAY);

    const past = await createEvent(db, {
      name: 'Tokyo Rust #1',
      series: 'Tokyo Rust',
      startsAt: now - 14 * DAY,
    });
    const next = await createEvent(db, {
      name: 'Tokyo Rust #2',
      series: 'Tokyo Rust',
      startsAt: now + 2 * DAY,
    });
    await logInteraction(db, {
      personId: grace.id,
      at: past.startsAt,
      kind: 'met',
      eventId: past.id,
      note: 'Compilers',
    });
    const shift = await createShift(db, {
      eventId: past.id,
      personId: ada.id,
      startsAt: past.startsAt,
      endsAt: past.startsAt + 3 * HOUR,
    });
    await setShiftStatus(db, shift.id, 'attended');

    const sections = await today(db, now);
    expect(keys(sections.overdue).sort()).toEqual(
      [
        `cadence:${ada.id}:${tokyo.dayKey(now - 3 * DAY)}`,
        `intro-check:${introduction.id}`,
        `met:${(await db.interactions.where('eventId').equals(past.id).first())?.id}`,
        `thank:${shift.id}`,
      ].sort(),
    );
    expect(sections.comingUp).toEqual([
      expect.objectContaining({ key: `upcoming:${next.id}`, personIds: [grace.id] }),
    ]);
    const [upcoming] = sections.comingUp;
    expect((await readPageDetails(db, [upcoming])).get(upcoming.key)?.lastNotes).toEqual({
      [grace.id]: 'Compilers',
    });
  });

  it('pages introduction check-ins due on one day by key, whenever on that day they were made', async () => {
    const db = freshDatabase();
    const now = MEETUP_AT + 20 * DAY;
    const madeDay = tokyo.addDays(now, -DEFAULT_FOLLOW_UP_SETTINGS.introductionCheckInDays);
    const [ada, grace, linus] = await Promise.all(
      ['Ada', 'Grace', 'Linus'].map((displayName) => createPerson(db, { displayName })),
    );
    const pairs: [string, string][] = [
      [ada.id, grace.id],
      [ada.id, linus.id],
      [grace.id, linus.id],
    ];
    const ids: string[] = [];
    for (const pair of pairs) ids.push((await proposeIntroduction(db, { personIds: pair })).id);
    // The first by key is made last that day: a page cut by time of day would miss it.
    ids.sort();
    for (const [index, hour] of [20, 9, 14].entries()) {
      await setIntroductionStatus(db, ids[index], 'made', madeDay + hour * HOUR);
    }
    const first = await readTodayPage(db, DEFAULT_FOLLOW_UP_SETTINGS, tokyo, now, {
      ...ALL,
      dueToday: 1,
    });
    expect(first.counts.dueToday).toBe(3);
    expect(keys(first.dueToday)).toEqual([`intro-check:${ids[0]}`]);
    await trashPerson(db, linus.id);
    const left = await readTodayPage(db, DEFAULT_FOLLOW_UP_SETTINGS, tokyo, now, {
      ...ALL,
      dueToday: 1,
    });
    expect(left.counts.dueToday).toBe(1);
    expect(keys((await today(db, now - DAY)).comingUp)).toEqual([]);
  });
});
