import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { createEvent } from '../../data/writes/events-writes';
import { createPerson, trashPerson } from '../../data/writes/people-writes';
import { createShift } from '../../data/writes/volunteer-shifts-writes';
import { volunteersCsv } from './volunteers-csv';
import { loadVolunteerRows } from './load-volunteer-rows';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 5, 1);
const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function roster() {
  const db = new HallwayDatabase(`volunteer-rows-${crypto.randomUUID()}`);
  opened.push(db);
  const event = await createEvent(db, {
    name: 'Meetup',
    startsAt: NOW - 48 * HOUR,
    kind: 'meetup',
  });
  const later = await createEvent(db, { name: 'Next', startsAt: NOW + 48 * HOUR, kind: 'meetup' });
  const hanako = await createPerson(db, { displayName: '山田 花子', nameReading: 'やまだ はなこ' });
  const ken = await createPerson(db, { displayName: '=Ken' });
  const invitedOnly = await createPerson(db, { displayName: 'Invited Ida' });
  const trashed = await createPerson(db, { displayName: 'Trashed Tom' });
  const shift = (
    eventId: string,
    personId: string,
    status: 'attended' | 'no-show' | 'invited',
    hours: number,
  ) =>
    createShift(db, {
      eventId,
      personId,
      role: 'reception',
      status,
      startsAt: NOW - 48 * HOUR,
      endsAt: NOW - 48 * HOUR + hours * HOUR,
    });
  await shift(event.id, hanako.id, 'attended', 2.5);
  await shift(event.id, ken.id, 'no-show', 2);
  await shift(later.id, invitedOnly.id, 'invited', 2);
  await shift(event.id, trashed.id, 'attended', 1);
  await trashPerson(db, trashed.id);
  return { db, hanako, ken };
}

describe('the Volunteers screen rows', () => {
  it('lists who attended or has a record, with names, leaving out the only-invited and the trashed', async () => {
    const { db, hanako, ken } = await roster();
    const rows = await loadVolunteerRows(db, NOW);
    expect(rows.map((row) => [row.personId, row.totalHours, row.reliability]).sort()).toEqual(
      [
        [hanako.id, 2.5, 1],
        [ken.id, 0, 0],
      ].sort(),
    );
    expect(rows.find((row) => row.personId === hanako.id)).toMatchObject({
      displayName: '山田 花子',
      nameReading: 'やまだ はなこ',
      eventsVolunteered: 1,
      roles: ['reception'],
    });
  });

  it('exports them as Excel-safe CSV with labelled roles and a formula guard', async () => {
    const { db } = await roster();
    const rows = (await loadVolunteerRows(db, NOW)).sort((a, b) => b.totalHours - a.totalHours);
    const csv = volunteersCsv(rows, {
      header: (column) => column,
      role: (key) => (key === 'reception' ? '受付' : key),
    });
    const lines = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe('name,reading,events,hours,reliability,lastVolunteered,lastAsked,roles');
    expect(lines[1]).toBe(
      `山田 花子,やまだ はなこ,1,2.5,100,${new Date(NOW - 48 * HOUR + 2.5 * HOUR).toISOString()},${new Date(NOW - 48 * HOUR).toISOString()},受付`,
    );
    expect(lines[2]!.startsWith("'=Ken,,0,0,0,,")).toBe(true);
  });
});
