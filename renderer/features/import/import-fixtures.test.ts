// Each fixture of shared/import/fixtures gives what its README promises, through the whole
// pipeline (stream read, plan, all-or-nothing write), and a second import of it changes nothing.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportPreviewResult } from '../../../shared/import/import-preview';
import { HallwayDatabase } from '../../db/database';
import { writeImport, type WriteImportOptions } from '../../data/writes/import-writes';
import { previewImportFile } from './preview-import-file';
import type { ReadOptions } from './read-import-source';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`import-fixtures-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const ignore = () => undefined;
const fixture = (name: string) =>
  new Blob([readFileSync(new URL(`../../../shared/import/fixtures/${name}`, import.meta.url))]);

async function preview(
  db: HallwayDatabase,
  name: string,
  options: ReadOptions = {},
): Promise<ImportPreview> {
  let result: ImportPreviewResult = await previewImportFile(db, fixture(name), options, ignore);
  if (result.kind === 'needs-mapping') {
    result = await previewImportFile(db, fixture(name), { mapping: result.mapping }, ignore);
  }
  if (result.kind !== 'preview') throw new Error(`${name}: ${JSON.stringify(result)}`);
  return result;
}

async function importFixture(db: HallwayDatabase, name: string, options: WriteImportOptions = {}) {
  const planned = await preview(db, name);
  return { preview: planned, summary: await writeImport(db, planned, new Map(), options, ignore) };
}

const byName = async (db: HallwayDatabase, displayName: string) =>
  db.people.where('displayName').equals(displayName).first();

async function everything(db: HallwayDatabase) {
  const tables = [db.people, db.interactions, db.events, db.volunteerShifts, db.topics] as const;
  return Promise.all(tables.map((table) => table.toArray()));
}

const NEW_EVENT = { newEvent: { name: 'Rust Tokyo #12', startsAt: Date.UTC(2026, 9, 20, 9) } };

describe('import fixtures', () => {
  it('LinkedIn: five people, company and position, Connected On as first interaction', async () => {
    const db = freshDatabase();
    await importFixture(db, 'linkedin-connections.csv');
    expect(await db.people.count()).toBe(5);
    const carla = await byName(db, 'Carla Mendes');
    expect(carla).toMatchObject({
      company: 'Ruby Ops, Inc.',
      role: 'Engineering Manager, Platform',
    });
    const interactions = await db.interactions.where('personId').equals(carla!.id).toArray();
    expect(interactions).toMatchObject([{ kind: 'other', at: new Date(2021, 10, 28).getTime() }]);
    expect(await byName(db, 'Dana')).toMatchObject({ givenName: 'Dana', familyName: '' });
    expect(await byName(db, '佐藤 健')).toMatchObject({ familyName: '佐藤', givenName: '健' });
  });

  it('Google Contacts: two people, the nameless row reported with its line', async () => {
    const db = freshDatabase();
    const { preview: planned } = await importFixture(db, 'google-contacts.csv');
    expect(planned.invalid).toEqual([{ line: 5, reason: 'no-name-or-email' }]);
    const hanako = await byName(db, '山田 花子');
    expect(hanako).toMatchObject({
      nameReading: 'やまだ はなこ',
      emails: ['hanako@example.com', 'hanako.y@example.net'],
    });
    expect(hanako?.notes).toContain('Birthday: 1990-04-01');
    expect(hanako?.notes).toContain('Met at RubyKaigi.');
    expect((await byName(db, 'Luis García'))?.phones).toEqual(['+1 555 0100', '+1 555 0101']);
    expect(await db.people.count()).toBe(2);
  });

  it('Meetup into a new event: Aiko and Mika met there; Ben and Sam only noted', async () => {
    const db = freshDatabase();
    const { summary } = await importFixture(db, 'meetup-attendees.csv', {
      attachToEvent: NEW_EVENT,
    });
    expect(summary).toMatchObject({ created: 4, interactions: 2 });
    const event = await db.events.get(summary.eventId!);
    expect(event?.name).toBe('Rust Tokyo #12');
    const met = await db.interactions.where('eventId').equals(event!.id).toArray();
    const metNames = await Promise.all(met.map(async (i) => (await db.people.get(i.personId))!));
    expect(metNames.map((person) => person.displayName).sort()).toEqual([
      'Aiko Tanaka',
      'Mika Ito',
    ]);
    expect(met.every((interaction) => interaction.kind === 'met')).toBe(true);
    expect(met[0]!.note).toMatch(/^Meetup: RSVP Yes, attended$/);
    expect((await byName(db, 'Ben Okafor'))?.notes).toContain('Rust Tokyo #12: Meetup: RSVP Yes');
    expect((await byName(db, 'Sam Lee'))?.notes).toContain('Rust Tokyo #12: Meetup: RSVP No');
    expect((await byName(db, 'Sam Lee'))?.lastContactAt).toBe(0);
  });

  it('Luma: three people, approval and check-in kept, the custom answer as a note', async () => {
    const db = freshDatabase();
    const { summary } = await importFixture(db, 'luma-guests.csv', { attachToEvent: NEW_EVENT });
    expect(summary.created).toBe(3);
    const aiko = await byName(db, 'Aiko Tanaka');
    expect(aiko?.notes).toBe('What are you working on?: Distributed tracing in Rust');
    const [met] = await db.interactions.where('personId').equals(aiko!.id).toArray();
    expect(met).toMatchObject({
      kind: 'met',
      at: Date.parse('2026-10-20T18:55:10.000Z'),
      note: 'Luma: approved',
    });
    expect((await byName(db, 'Tom Weber'))?.notes).toContain('Rust Tokyo #12: Luma: waitlist');
  });

  it('connpass: three people, the withdrawn user reported, attendance kept', async () => {
    const db = freshDatabase();
    const { preview: planned, summary } = await importFixture(db, 'connpass-participants.csv', {
      attachToEvent: NEW_EVENT,
    });
    expect(planned.invalid).toEqual([{ line: 5, reason: 'withdrawn-user' }]);
    expect(summary).toMatchObject({ created: 3, interactions: 2 });
    const aiko = await byName(db, '田中 愛子');
    expect(await db.interactions.where('personId').equals(aiko!.id).first()).toMatchObject({
      kind: 'met',
      note: 'connpass: 参加 / 出席',
    });
  });

  it('Shift_JIS roster: detected without asking, three volunteers with role and shift', async () => {
    const db = freshDatabase();
    const planned = await preview(db, 'volunteer-roster-shiftjis.csv');
    expect(planned).toMatchObject({ encoding: 'shift_jis', isVolunteerRoster: true });
    const summary = await writeImport(db, planned, new Map(), { attachToEvent: NEW_EVENT }, ignore);
    expect(summary).toMatchObject({ created: 3, shifts: 3 });
    const hanako = await byName(db, '山田 花子');
    expect(hanako?.nameReading).toBe('やまだ はなこ');
    const [shift] = await db.volunteerShifts.where('personId').equals(hanako!.id).toArray();
    expect(shift).toMatchObject({ role: '受付', status: 'confirmed', hours: 1 });
  });

  it('vCards: Rei with reading, URL and two-line note; Jonas with interests; the bare e-mail', async () => {
    const db = freshDatabase();
    await importFixture(db, 'contacts.vcf');
    expect(await byName(db, 'Rei Yamamoto')).toMatchObject({
      nameReading: 'やまもと れい',
      links: ['https://github.com/rei-example'],
      notes: 'Met at Tokyo Rubyist Meetup, talked about DuckDB\nWants intro to Elixir folks',
    });
    expect((await byName(db, 'Jonas Berg'))?.interests).toEqual(['go', 'community', 'venues']);
    expect(await byName(db, 'no-name@example.com')).toBeDefined();
    expect(await db.topics.count()).toBeGreaterThanOrEqual(3);
  });

  it('a plain CSV attached to an event: everyone on it met there, once however often imported', async () => {
    const db = freshDatabase();
    const list = new Blob(['Name,Email\nAiko Tanaka,aiko@example.com\nBen Okafor,\n']);
    const mapping = { mapping: { Name: 'displayName', Email: 'emails' } } as const;
    const planned = await previewImportFile(db, list, mapping, ignore);
    if (planned.kind !== 'preview') throw new Error(planned.kind);
    expect(planned.isAttendeeList).toBe(false);
    const summary = await writeImport(db, planned, new Map(), { attachToEvent: NEW_EVENT }, ignore);
    expect(summary).toMatchObject({ created: 2, interactions: 2 });
    const before = await everything(db);
    const again = await previewImportFile(db, list, mapping, ignore);
    if (again.kind !== 'preview') throw new Error(again.kind);
    expect(again.counts).toMatchObject({ create: 0, merge: 2 });
    await writeImport(
      db,
      again,
      new Map(),
      { attachToEvent: { existingEventId: summary.eventId! } },
      ignore,
    );
    expect(await everything(db)).toEqual(before);
    const met = await db.interactions.where('eventId').equals(summary.eventId!).toArray();
    expect(met.map((interaction) => [interaction.kind, interaction.at])).toEqual([
      ['met', NEW_EVENT.newEvent.startsAt],
      ['met', NEW_EVENT.newEvent.startsAt],
    ]);
  });

  it.each([
    ['linkedin-connections.csv', {}],
    ['google-contacts.csv', {}],
    ['meetup-attendees.csv', { attachToEvent: NEW_EVENT }],
    ['luma-guests.csv', {}],
    ['connpass-participants.csv', {}],
    ['volunteer-roster-shiftjis.csv', {}],
    ['contacts.vcf', {}],
  ])('%s imported twice changes nothing the second time', async (name, options) => {
    const db = freshDatabase();
    const { summary } = await importFixture(db, name, options);
    const before = await everything(db);
    const again = await preview(db, name);
    expect(again.counts.create).toBe(0);
    const attach =
      summary.eventId === null ? {} : { attachToEvent: { existingEventId: summary.eventId } };
    await writeImport(db, again, new Map(), attach, ignore);
    expect(await everything(db)).toEqual(before);
  });
});
