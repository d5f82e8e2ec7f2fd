import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FollowUp, HallwayEvent } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import { HallwayDatabase } from '../../db/database';
import { buildExportFile } from './build-export-file';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`export-${crypto.randomUUID()}`);
  await db.open();
  await db.people.bulkAdd([
    personFixture({ id: 'p1', displayName: 'Ben', sortName: 'ben', emails: ['b@x.jp'] }),
    personFixture({ id: 'p2', displayName: '=HYPERLINK("evil")', sortName: 'hyperlink' }),
    personFixture({ id: 'p3', displayName: 'Aiko', sortName: 'aiko', nameReading: 'アイコ' }),
    personFixture({ id: 'p4', displayName: 'Trashed', sortName: 'trashed', deletedAt: 5 }),
  ]);
});

afterEach(async () => {
  await db.delete();
});

const lines = (csv: string) => csv.replace(/^\ufeff/, '').split(/\r?\n/);
const now = Date.UTC(2026, 10, 27, 3, 0);

describe('buildExportFile', () => {
  it('exports every live person by name, Excel-safe: BOM, CRLF, formulas neutralised', async () => {
    const file = await buildExportFile(
      db,
      { table: 'people', format: 'csv', excelSafe: true },
      { now },
    );
    expect(file.suggestedName).toBe('hallway-people-2026-11-27.csv');
    expect(file.rows).toBe(3);
    expect(file.data.startsWith('\ufeffID,Display name,')).toBe(true);
    expect(file.data.split('\r\n')).toHaveLength(5);
    expect(lines(file.data).map((line) => line.split(',')[1])).toEqual([
      'Display name',
      'Aiko',
      'Ben',
      `"'=HYPERLINK(""evil"")"`,
      undefined,
    ]);
    expect(file.data).not.toContain('Trashed');
  });

  it('writes plain UTF-8 with LF when Excel-safe is off (the formula guard stays)', async () => {
    const file = await buildExportFile(db, { table: 'people', format: 'csv', excelSafe: false });
    expect(file.data.startsWith('ID,')).toBe(true);
    expect(file.data).not.toContain('\r');
    expect(file.data).toContain(`"'=HYPERLINK(""evil"")"`);
  });

  it('exports only the people of the filtered list, in the list order', async () => {
    const file = await buildExportFile(db, {
      table: 'people',
      format: 'csv',
      excelSafe: true,
      personIds: ['p3', 'p4', 'p1', 'gone'],
    });
    expect(file.rows).toBe(2);
    expect(
      lines(file.data)
        .slice(1, 3)
        .map((line) => line.split(',')[0]),
    ).toEqual(['p3', 'p1']);
  });

  it('exports people as vCard 4.0 with their readings', async () => {
    const file = await buildExportFile(
      db,
      { table: 'people', format: 'vcard', excelSafe: true, personIds: ['p3'] },
      { now },
    );
    expect(file.suggestedName).toBe('hallway-people-2026-11-27.vcf');
    expect(file.data).toContain('VERSION:4.0');
    expect(file.data).toContain('FN:Aiko');
    expect(file.data).toContain('アイコ');
  });

  it('exports the other tables with their own columns, oldest first, trash left out', async () => {
    const event = (id: string, startsAt: number, deletedAt = 0): HallwayEvent => ({
      id,
      createdAt: 1,
      updatedAt: 1,
      deletedAt,
      name: `Event ${id}`,
      series: '',
      kind: 'meetup',
      startsAt,
      endsAt: null,
      location: '',
      url: '',
      myRole: '',
      notes: '',
    });
    await db.events.bulkAdd([event('e1', 2_000), event('e2', 1_000), event('e3', 500, 9)]);
    const followUp: FollowUp = {
      id: 'f1',
      createdAt: 1,
      updatedAt: 1,
      personId: 'p1',
      dueAt: Date.UTC(2026, 0, 2),
      reason: '+1 for the talk',
      status: 'open',
      rule: 'manual',
    } as FollowUp;
    await db.followUps.add(followUp);

    const events = await buildExportFile(db, { table: 'events', format: 'csv', excelSafe: true });
    expect(lines(events.data)[0]).toBe(
      'ID,Name,Series,Kind,Starts,Ends,Location,URL,My role,Notes',
    );
    expect(
      lines(events.data)
        .slice(1, 3)
        .map((line) => line.split(',')[0]),
    ).toEqual(['e2', 'e1']);
    expect(events.rows).toBe(2);

    const followUps = await buildExportFile(db, {
      table: 'followUps',
      format: 'csv',
      excelSafe: true,
    });
    expect(lines(followUps.data)[1]).toBe(
      "f1,p1,2026-01-02T00:00:00.000Z,'+1 for the talk,open,manual",
    );
  });

  it('reports progress and stops when cancelled', async () => {
    const progress: [number, number][] = [];
    await buildExportFile(
      db,
      { table: 'people', format: 'csv', excelSafe: true },
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(progress.at(-1)).toEqual([4, 4]);

    const controller = new AbortController();
    controller.abort();
    await expect(
      buildExportFile(
        db,
        { table: 'people', format: 'csv', excelSafe: true },
        { signal: controller.signal },
      ),
    ).rejects.toThrow();
  });
});
