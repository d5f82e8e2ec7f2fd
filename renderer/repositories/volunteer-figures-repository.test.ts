import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../db/database';
import { createEvent } from './events-repository';
import { createPerson } from './people-repository';
import {
  getVolunteerSummary,
  listVolunteerSummaries,
  rebuildVolunteerFigures,
} from './volunteer-figures-repository';
import { createShift } from './volunteer-shifts-repository';

const HOUR = 3_600_000;
const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`volunteer-figures-repository-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('volunteer figures repository', () => {
  it('summarises each volunteer as of the given time, and rebuilds lost records', async () => {
    const db = freshDatabase();
    const event = await createEvent(db, { name: 'March', startsAt: 0, kind: 'meetup' });
    const ada = await createPerson(db, { displayName: 'Ada' });
    const ben = await createPerson(db, { displayName: 'Ben' });
    const shift = { eventId: event.id, role: 'mc', startsAt: 0, endsAt: 2 * HOUR };
    await createShift(db, { ...shift, personId: ada.id, status: 'attended' });
    await createShift(db, { ...shift, personId: ben.id, status: 'confirmed' });

    expect(await getVolunteerSummary(db, ben.id, HOUR)).toMatchObject({ reliability: null });
    expect(await getVolunteerSummary(db, ben.id, 3 * HOUR)).toMatchObject({ reliability: 0 });
    const before = await listVolunteerSummaries(db, 3 * HOUR);
    expect(before).toHaveLength(2);

    await db.volunteerFigures.clear();
    expect(await getVolunteerSummary(db, ada.id, 3 * HOUR)).toBeNull();
    await rebuildVolunteerFigures(db);
    expect(await listVolunteerSummaries(db, 3 * HOUR)).toEqual(expect.arrayContaining(before));
    expect(await getVolunteerSummary(db, ada.id, 3 * HOUR)).toMatchObject({
      totalHours: 2,
      reliability: 1,
      roles: ['mc'],
    });
  });
});
