import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview, ImportPreviewResult } from '../../../shared/import/import-preview';
import { HallwayDatabase } from '../../db/database';
import { previewImportFile } from '../../features/import/preview-import-file';
import { createPerson } from './people-writes';
import { WriteTransaction } from '../write-transaction';
import { writeImport } from './import-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`import-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const fixture = (name: string) =>
  new Blob([readFileSync(new URL(`../../../shared/import/fixtures/${name}`, import.meta.url))]);
const ignore = () => undefined;

function asPreview(result: ImportPreviewResult): ImportPreview {
  if (result.kind !== 'preview')
    throw new Error(`expected a preview, got ${JSON.stringify(result)}`);
  return result;
}

async function previewOf(db: HallwayDatabase, name: string): Promise<ImportPreview> {
  return asPreview(await previewImportFile(db, fixture(name), {}, ignore));
}

async function snapshot(db: HallwayDatabase) {
  return {
    people: await db.people.toArray(),
    interactions: await db.interactions.toArray(),
    events: await db.events.toArray(),
    shifts: await db.volunteerShifts.toArray(),
    topics: await db.topics.toArray(),
  };
}

describe('importing the LinkedIn export', () => {
  it('creates five people with their first interaction on the Connected On day', async () => {
    const db = freshDatabase();
    const preview = await previewOf(db, 'linkedin-connections.csv');
    expect(preview.counts).toEqual({ create: 5, merge: 0, skip: 0, invalid: 0 });
    const summary = await writeImport(db, preview, new Map(), {}, ignore);
    expect(summary).toMatchObject({ created: 5, interactions: 5 });
    const aiko = await db.people.where('emailKeys').equals('aiko@example.com').first();
    expect(aiko).toMatchObject({ company: 'Kumo Systems, K.K.', role: 'Staff Engineer' });
    expect(aiko?.lastContactAt).toBe(new Date(2024, 2, 12).getTime());
    const ken = await db.people.where('displayName').equals('佐藤 健').first();
    expect(ken).toMatchObject({ familyName: '佐藤', givenName: '健' });
  });

  it('changes nothing when the same file is imported again', async () => {
    const db = freshDatabase();
    await writeImport(db, await previewOf(db, 'linkedin-connections.csv'), new Map(), {}, ignore);
    const before = await snapshot(db);
    const again = await previewOf(db, 'linkedin-connections.csv');
    expect(again.counts).toEqual({ create: 0, merge: 0, skip: 5, invalid: 0 });
    expect(again.rows.every((row) => row.upToDate)).toBe(true);
    await writeImport(db, again, new Map(), {}, ignore);
    expect(await snapshot(db)).toEqual(before);
  });

  it('merges into a person already known by e-mail, filling only what is empty', async () => {
    const db = freshDatabase();
    const aiko = await createPerson(db, {
      displayName: 'Aiko T.',
      emails: ['Aiko@Example.com'],
      role: 'Principal Engineer',
    });
    const preview = await previewOf(db, 'linkedin-connections.csv');
    const row = preview.rows.find((candidate) => candidate.person.givenName === 'Aiko')!;
    expect(row).toMatchObject({
      decision: 'merge',
      match: { target: 'person', personId: aiko.id, matchedBy: 'email', value: 'Aiko@Example.com' },
    });
    await writeImport(db, preview, new Map(), {}, ignore);
    expect(await db.people.get(aiko.id)).toMatchObject({
      displayName: 'Aiko T.',
      role: 'Principal Engineer',
      company: 'Kumo Systems, K.K.',
      links: ['https://www.linkedin.com/in/aiko-tanaka-example'],
    });
    expect(await db.people.count()).toBe(5);
  });

  it('writes nothing when aborted, and nothing when it fails midway', async () => {
    const db = freshDatabase();
    const preview = await previewOf(db, 'linkedin-connections.csv');
    const controller = new AbortController();
    const write = writeImport(db, preview, new Map(), { signal: controller.signal }, (progress) => {
      if (progress.done > 0) controller.abort();
    });
    await expect(write).rejects.toMatchObject({ name: 'AbortError' });
    expect(await db.people.count()).toBe(0);
    // The interactions' chunk fails, after the people's.
    const insert = WriteTransaction.prototype.insert;
    vi.spyOn(WriteTransaction.prototype, 'insert').mockImplementation(function (
      this: WriteTransaction,
      ...args: Parameters<typeof insert>
    ) {
      if (args[0] === 'interactions') return Promise.reject(new Error('disk full'));
      return insert.apply(this, args);
    });
    const failing = writeImport(db, preview, new Map(), {}, ignore);
    await expect(failing).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual({
      people: [],
      interactions: [],
      events: [],
      shifts: [],
      topics: [],
    });
  });
});

describe('importing an attendee list twice', () => {
  it('attaches the second import to the first one’s event: no second event, no double meetings', async () => {
    const db = freshDatabase();
    const newEvent = { name: 'Rust Tokyo', startsAt: new Date(2026, 9, 20, 19).getTime() };
    const first = await writeImport(
      db,
      await previewOf(db, 'meetup-attendees.csv'),
      new Map(),
      { attachToEvent: { newEvent } },
      ignore,
    );
    const before = await snapshot(db);
    const again = { ...newEvent, name: ' rust  tokyo', startsAt: newEvent.startsAt + 3_600_000 };
    const second = await writeImport(
      db,
      await previewOf(db, 'meetup-attendees.csv'),
      new Map(),
      { attachToEvent: { newEvent: again } },
      ignore,
    );
    expect(second.eventId).toBe(first.eventId);
    expect(second).toMatchObject({ created: 0, interactions: 0 });
    const after = await snapshot(db);
    expect(after.events).toHaveLength(before.events.length);
    expect(after.interactions).toHaveLength(before.interactions.length);
    expect(after.people).toHaveLength(before.people.length);
  });
});
