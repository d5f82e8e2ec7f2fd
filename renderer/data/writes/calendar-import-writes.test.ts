import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCalendar, type CalendarEvent } from '../../../shared/calendar/parse-ics';
import { HallwayDatabase } from '../../db/database';
import { importCalendarEvents } from './calendar-import-writes';
import { trashEvent, updateEvent } from './events-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`calendar-import-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function eventsOf(text: string): CalendarEvent[] {
  const result = parseCalendar(text, { timeZone: 'Asia/Tokyo' });
  if (!result.ok) throw new Error(result.message);
  return result.events;
}

const connpass = readFileSync(
  new URL('../../../e2e/fixtures/ics/connpass.ics', import.meta.url),
  'utf8',
);

describe('importCalendarEvents', () => {
  it('adds the file’s events once: the same file again changes nothing', async () => {
    const db = freshDatabase();
    expect(await importCalendarEvents(db, eventsOf(connpass))).toEqual({
      added: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(await importCalendarEvents(db, eventsOf(connpass))).toEqual({
      added: 0,
      updated: 0,
      unchanged: 2,
    });
    const stored = await db.events.toArray();
    expect(stored).toHaveLength(2);
    expect(stored.find((event) => event.name.startsWith('Rust.Tokyo'))).toMatchObject({
      calendarUid: 'connpass-event-301234@connpass.com',
      startsAt: Date.UTC(2030, 0, 15, 10),
      url: 'https://rust-tokyo.connpass.com/event/301234/',
      notes: expect.stringContaining('もくもく会です。'),
    });
  });

  it('updates a moved event in place and keeps what the user set', async () => {
    const db = freshDatabase();
    await importCalendarEvents(db, eventsOf(connpass));
    const [first] = await db.events.where('name').startsWith('Rust.Tokyo').toArray();
    await updateEvent(db, first.id, { series: 'Rust.Tokyo', myRole: 'speaker' });
    const moved = connpass
      .replace('DTSTART;TZID=Asia/Tokyo:20300115T190000', 'DTSTART;TZID=Asia/Tokyo:20300116T180000')
      .replace('DTEND;TZID=Asia/Tokyo:20300115T210000', 'DTEND;TZID=Asia/Tokyo:20300116T200000');
    expect(await importCalendarEvents(db, eventsOf(moved))).toMatchObject({
      added: 0,
      updated: 1,
    });
    expect(await db.events.count()).toBe(2);
    expect(await db.events.get(first.id)).toMatchObject({
      startsAt: Date.UTC(2030, 0, 16, 9),
      endsAt: Date.UTC(2030, 0, 16, 11),
      series: 'Rust.Tokyo',
      myRole: 'speaker',
    });
  });

  it('adds an event again when the one it matched is in the trash', async () => {
    const db = freshDatabase();
    await importCalendarEvents(db, eventsOf(connpass));
    const [first] = await db.events.toArray();
    await trashEvent(db, first.id);
    expect(await importCalendarEvents(db, eventsOf(connpass))).toMatchObject({ added: 1 });
  });
});
