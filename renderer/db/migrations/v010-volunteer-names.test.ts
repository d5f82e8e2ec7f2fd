import { afterEach, describe, expect, it } from 'vitest';
import type { VolunteerShift } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import { figuresByPerson } from '../../../shared/volunteers/volunteer-figures';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const HOUR = 3_600_000;
const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const shift = (id: string, personId: string): VolunteerShift => ({
  id,
  eventId: 'march',
  personId,
  role: 'reception',
  startsAt: 10 * HOUR,
  endsAt: 13 * HOUR,
  status: 'attended',
  hours: 3,
  note: '',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: 0,
});

describe('v010: volunteer records name their person', () => {
  it('copies the name, sort key, reading and trash state of each volunteer stored by version 8', async () => {
    const shifts = [shift('1', 'hanako'), shift('2', 'tom'), shift('3', 'gone')];
    const db = await upgradeTo({
      name: `v010-volunteer-names-${crypto.randomUUID()}`,
      version: 10,
      writeBefore: async (previous) => {
        await previous.people.bulkAdd([
          personFixture({
            id: 'hanako',
            displayName: '山田 花子',
            sortName: 'やまだはなこ',
            nameReading: 'やまだ はなこ',
          }),
          personFixture({ id: 'tom', displayName: 'Tom', sortName: 'tom', deletedAt: 5 }),
          personFixture({ id: 'ida', displayName: 'Ida', sortName: 'ida' }),
        ]);
        // The records as versions 8 and 9 wrote them: figures only, no person.
        await previous.table('volunteerFigures').bulkPut(figuresByPerson(shifts));
      },
    });
    opened.push(db);
    const records = new Map((await db.volunteerFigures.toArray()).map((r) => [r.personId, r]));
    expect([...records.keys()].sort()).toEqual(['gone', 'hanako', 'tom']);
    expect(records.get('hanako')).toMatchObject({
      attendedMinutes: 180,
      person: {
        displayName: '山田 花子',
        sortName: 'やまだはなこ',
        nameReading: 'やまだ はなこ',
        trashed: false,
      },
    });
    expect(records.get('tom')?.person).toMatchObject({ displayName: 'Tom', trashed: true });
    expect(records.get('gone')?.person).toBeNull();
  });
});
