import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { createEvent } from './events-writes';
import {
  logInteraction,
  restoreInteraction,
  trashInteraction,
  updateInteraction,
} from './interactions-writes';
import { getPerson } from '../../repositories/people-repository';
import { createPerson } from './people-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`interactions-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function lastContactOf(db: HallwayDatabase, id: string) {
  return (await getPerson(db, id))?.lastContactAt;
}

describe('interactions and lastContactAt', () => {
  it('moves lastContactAt forward when a newer interaction is logged, never back', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    await logInteraction(db, { personId: ada.id, at: 2_000, kind: 'call' });
    expect(await lastContactOf(db, ada.id)).toBe(2_000);
    await logInteraction(db, { personId: ada.id, at: 1_000, kind: 'email', note: 'older' });
    expect(await lastContactOf(db, ada.id)).toBe(2_000);
  });

  it('recomputes lastContactAt when the newest interaction is trashed and restored', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const grace = await createPerson(db, { displayName: 'Grace' });
    await logInteraction(db, { personId: ada.id, at: 1_000, kind: 'call' });
    const newest = await logInteraction(db, { personId: ada.id, at: 3_000, kind: 'call' });
    await logInteraction(db, { personId: grace.id, at: 5_000, kind: 'call' });
    await trashInteraction(db, newest.id);
    expect(await lastContactOf(db, ada.id)).toBe(1_000);
    expect(await lastContactOf(db, grace.id)).toBe(5_000);
    await restoreInteraction(db, newest.id);
    expect(await lastContactOf(db, ada.id)).toBe(3_000);
  });

  it('resets lastContactAt to 0 when the only interaction is trashed', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const only = await logInteraction(db, { personId: ada.id, at: 1_000, kind: 'call' });
    await trashInteraction(db, only.id);
    expect(await lastContactOf(db, ada.id)).toBe(0);
  });

  it('recomputes lastContactAt when an interaction moves in time', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    await logInteraction(db, { personId: ada.id, at: 1_000, kind: 'call' });
    const later = await logInteraction(db, { personId: ada.id, at: 3_000, kind: 'call' });
    await updateInteraction(db, later.id, { at: 500 });
    expect(await lastContactOf(db, ada.id)).toBe(1_000);
  });

  it('links an interaction to an event and can unlink it', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const meetup = await createEvent(db, { name: 'Rust meetup', startsAt: 1_000 });
    const met = await logInteraction(db, {
      personId: ada.id,
      at: 1_000,
      kind: 'met',
      eventId: meetup.id,
    });
    expect(await db.interactions.where('eventId').equals(meetup.id).count()).toBe(1);
    const unlinked = await updateInteraction(db, met.id, { eventId: null, kind: 'other' });
    const stored = await db.interactions.get(met.id);
    expect(stored).toEqual(unlinked);
    expect(stored && 'eventId' in stored).toBe(false);
  });

  it('writes nothing for an unknown person or event', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    await expect(
      logInteraction(db, { personId: 'nobody', at: 1, kind: 'call' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      logInteraction(db, { personId: ada.id, at: 1, kind: 'met', eventId: 'no-event' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.interactions.count()).toBe(0);
    expect(await lastContactOf(db, ada.id)).toBe(0);
  });
});
