import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { findFollowUp } from '../../repositories/follow-ups-repository';
import {
  addFollowUp,
  completeFollowUp,
  dismissFollowUp,
  snoozeFollowUp,
} from './follow-ups-writes';
import { createPerson } from './people-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`follow-ups-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('follow-ups', () => {
  it('records what the user did with a suggestion, one row per person and rule', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const suggestion = {
      personId: ada.id,
      rule: 'met-after-event:e1',
      dueAt: 1_000,
      reason: 'Met at the meetup',
    };
    await snoozeFollowUp(db, suggestion, 9_000);
    expect(await findFollowUp(db, ada.id, suggestion.rule)).toMatchObject({
      status: 'snoozed',
      dueAt: 9_000,
    });
    await completeFollowUp(db, suggestion);
    expect(await db.followUps.count()).toBe(1);
    expect(await findFollowUp(db, ada.id, suggestion.rule)).toMatchObject({
      status: 'done',
      dueAt: 1_000,
    });
  });

  it('keeps the same rule apart for different people', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const grace = await createPerson(db, { displayName: 'Grace' });
    const rule = 'keep-in-touch';
    await dismissFollowUp(db, { personId: ada.id, rule, dueAt: 1, reason: '' });
    await completeFollowUp(db, { personId: grace.id, rule, dueAt: 1, reason: '' });
    expect((await findFollowUp(db, ada.id, rule))?.status).toBe('dismissed');
    expect((await findFollowUp(db, grace.id, rule))?.status).toBe('done');
  });

  it('adds a follow-up of the user own, open until done', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const followUp = await addFollowUp(db, { personId: ada.id, dueAt: 5, reason: 'Call Ada' });
    expect(followUp).toMatchObject({ status: 'open', reason: 'Call Ada' });
    expect(followUp.rule).toMatch(/^manual:/);
    await expect(
      addFollowUp(db, { personId: 'nobody', dueAt: 5, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});
