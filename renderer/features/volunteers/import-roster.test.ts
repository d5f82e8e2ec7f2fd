import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { zonedCalendar } from '../../../shared/follow-ups/zoned-calendar';
import { defaultRoleDefinitions } from '../../../shared/volunteers/roles';
import { HallwayDatabase } from '../../db/database';
import { createEvent } from '../../data/writes/events-writes';
import { createPerson, trashPerson } from '../../data/writes/people-writes';
import { previewRosterImport, readRosterFile } from './import-roster';
import { commitRosterImport } from '../../data/writes/roster-import-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`import-roster-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const tokyo = zonedCalendar('Asia/Tokyo');
const roles = defaultRoleDefinitions('ja');
/** 2026-03-07 18:00 in Tokyo. */
const EVENT_START = Date.UTC(2026, 2, 7, 9);

function fixture(): Uint8Array {
  return new Uint8Array(
    readFileSync(
      new URL('../../../shared/import/fixtures/volunteer-roster-shiftjis.csv', import.meta.url),
    ),
  );
}

async function setUp() {
  const db = freshDatabase();
  const event = await createEvent(db, {
    name: 'Rust勉強会 #12',
    startsAt: EVENT_START,
    kind: 'meetup',
  });
  const file = readRosterFile(fixture());
  if (!file.ok) throw new Error(`not read: ${file.error}`);
  return { db, eventId: event.id, file };
}

describe('importing a roster into an event', () => {
  it('reads the Shift_JIS fixture and suggests its columns', () => {
    const file = readRosterFile(fixture());
    expect(file).toMatchObject({ ok: true, encoding: 'shift_jis' });
    if (file.ok) expect(file.mapping['担当時間']).toBe('volunteerShift');
  });

  it('matches existing people by e-mail, creates the others, and writes confirmed shifts', async () => {
    const { db, eventId, file } = await setUp();
    const hanako = await createPerson(db, {
      displayName: '山田 花子',
      emails: ['HANAKO@example.com'],
    });
    const plan = await previewRosterImport(db, eventId, file.table, file.mapping, roles, tokyo);
    expect(plan.rejected).toEqual([]);
    expect(plan.rows.map((row) => row.who.kind)).toEqual(['existing', 'new', 'new']);

    expect(await commitRosterImport(db, eventId, plan)).toEqual({ shifts: 3, newPeople: 2 });
    const shifts = await db.volunteerShifts.where('eventId').equals(eventId).toArray();
    expect(shifts.map((shift) => [shift.role, shift.status, shift.hours]).sort()).toEqual([
      ['photos', 'confirmed', 2],
      ['reception', 'confirmed', 1],
      ['setup', 'confirmed', 1.5],
    ]);
    expect(shifts.find((shift) => shift.role === 'reception')?.personId).toBe(hanako.id);
    const ken = await db.people.where('nameKeys').equals('n:佐藤健').first();
    expect(ken).toMatchObject({ nameReading: 'さとう けん', source: 'import:roster' });
    expect(await db.volunteerFigures.count()).toBe(3);
  });

  it('adds nothing when the same roster is imported again', async () => {
    const { db, eventId, file } = await setUp();
    await commitRosterImport(
      db,
      eventId,
      await previewRosterImport(db, eventId, file.table, file.mapping, roles, tokyo),
    );
    const again = await previewRosterImport(db, eventId, file.table, file.mapping, roles, tokyo);
    expect(again.rows.every((row) => row.alreadyOnRoster && row.who.kind === 'existing')).toBe(
      true,
    );
    expect(await commitRosterImport(db, eventId, again)).toEqual({ shifts: 0, newPeople: 0 });
    expect(await db.people.count()).toBe(3);
  });

  it('does not match a person in the trash', async () => {
    const { db, eventId, file } = await setUp();
    const trashed = await createPerson(db, { displayName: 'Aiko Tanaka' });
    await trashPerson(db, trashed.id);
    const plan = await previewRosterImport(db, eventId, file.table, file.mapping, roles, tokyo);
    expect(plan.rows[2]!.who.kind).toBe('new');
  });

  it('writes nothing when the event was trashed meanwhile', async () => {
    const { db, eventId, file } = await setUp();
    const plan = await previewRosterImport(db, eventId, file.table, file.mapping, roles, tokyo);
    await db.events.update(eventId, { deletedAt: Date.now() });
    await expect(commitRosterImport(db, eventId, plan)).rejects.toThrow();
    expect(await db.people.count()).toBe(0);
  });

  it('leaves out a row whose person the form would refuse, saying which field', async () => {
    const { db, eventId } = await setUp();
    const csv = `Name,Company,Role,Shift\nAiko,Kumo,受付,18:00-19:00\nKen,${'K'.repeat(400)},受付,18:00-19:00\n`;
    const file = readRosterFile(new TextEncoder().encode(csv));
    if (!file.ok) throw new Error(`not read: ${file.error}`);
    const mapping = {
      Name: 'displayName',
      Company: 'company',
      Role: 'volunteerRole',
      Shift: 'volunteerShift',
    } as const;
    const plan = await previewRosterImport(db, eventId, file.table, mapping, roles, tokyo);
    expect(plan.rows.map((row) => row.person.displayName)).toEqual(['Aiko']);
    expect(plan.rejected).toEqual([
      { line: 3, reason: 'field-too-long', field: 'company', limit: 300 },
    ]);
  });
});
