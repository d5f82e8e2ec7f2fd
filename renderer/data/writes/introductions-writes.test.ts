import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { findIntroduction, orderedPair } from '../../repositories/introductions-repository';
import {
  proposeIntroduction,
  restoreIntroduction,
  setIntroductionStatus,
  trashIntroduction,
  updateIntroduction,
} from './introductions-writes';
import { createPerson } from './people-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`introductions-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function twoPeople(db: HallwayDatabase) {
  const ada = await createPerson(db, { displayName: 'Ada' });
  const grace = await createPerson(db, { displayName: 'Grace' });
  return [ada.id, grace.id] as const;
}

describe('introductions', () => {
  it('stores the pair ordered, whichever way round it was proposed', async () => {
    const db = freshDatabase();
    const [ada, grace] = await twoPeople(db);
    const [smaller, larger] = orderedPair(ada, grace);
    const introduction = await proposeIntroduction(db, { personIds: [larger, smaller] });
    expect(introduction).toMatchObject({ aId: smaller, bId: larger });
    expect(smaller < larger).toBe(true);
    expect(await db.introductions.where('[aId+bId]').equals([smaller, larger]).count()).toBe(1);
  });

  it('keeps a suggestion’s reasons as data until the reason is written by hand', async () => {
    const db = freshDatabase();
    const [ada, grace] = await twoPeople(db);
    const reasonFacts = {
      personId: ada,
      candidateId: grace,
      reasons: {
        candidateOffers: ['rust'],
        personOffers: [],
        sharedInterests: ['wasm'],
        sharedLanguages: ['ja'],
        sameCity: null,
        sharedUpcomingEventIds: [],
      },
    };
    const reason = 'Grace can offer Rust, which Ada is looking for';
    const made = await proposeIntroduction(db, { personIds: [ada, grace], reason, reasonFacts });
    expect(made).toMatchObject({ reason, reasonFacts });
    await updateIntroduction(db, made.id, { reason: 'Both love compilers' });
    const edited = await db.introductions.get(made.id);
    expect(edited?.reason).toBe('Both love compilers');
    expect(edited?.reasonFacts).toBeUndefined();
  });

  it('keeps one row per pair, in either direction', async () => {
    const db = freshDatabase();
    const [ada, grace] = await twoPeople(db);
    const first = await proposeIntroduction(db, { personIds: [ada, grace], reason: 'COBOL' });
    const second = await proposeIntroduction(db, { personIds: [grace, ada], reason: '' });
    expect(second.id).toBe(first.id);
    expect(second.reason).toBe('COBOL');
    expect(await db.introductions.count()).toBe(1);
    expect((await findIntroduction(db, grace, ada))?.id).toBe(first.id);
  });

  it('keeps the status of an existing pair when it is proposed again', async () => {
    const db = freshDatabase();
    const [ada, grace] = await twoPeople(db);
    const first = await proposeIntroduction(db, { personIds: [ada, grace] });
    await setIntroductionStatus(db, first.id, 'made', 2_000);
    const again = await proposeIntroduction(db, { personIds: [grace, ada], reason: 'Rust' });
    expect(again).toMatchObject({ status: 'made', madeAt: 2_000, reason: 'Rust' });
    expect(await db.introductions.get(first.id)).toEqual(again);
  });

  it('brings a trashed pair back instead of adding a second row', async () => {
    const db = freshDatabase();
    const [ada, grace] = await twoPeople(db);
    const first = await proposeIntroduction(db, { personIds: [ada, grace] });
    await trashIntroduction(db, first.id);
    const again = await proposeIntroduction(db, { personIds: [grace, ada], reason: 'again' });
    expect(again.id).toBe(first.id);
    expect((await db.introductions.get(first.id))?.deletedAt).toBe(0);
    await trashIntroduction(db, first.id);
    await restoreIntroduction(db, first.id);
    expect((await db.introductions.get(first.id))?.deletedAt).toBe(0);
  });

  it('refuses to introduce someone to themselves, or to an unknown person', async () => {
    const db = freshDatabase();
    const [ada] = await twoPeople(db);
    await expect(proposeIntroduction(db, { personIds: [ada, ada] })).rejects.toMatchObject({
      code: 'same-person',
    });
    await expect(proposeIntroduction(db, { personIds: [ada, 'nobody'] })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await db.introductions.count()).toBe(0);
  });

  it('stamps each status with the time it was reached, and madeAt once made', async () => {
    const db = freshDatabase();
    const [ada, grace] = await twoPeople(db);
    const idea = await proposeIntroduction(db, { personIds: [ada, grace] });
    expect(idea.status).toBe('idea');
    expect(idea.madeAt).toBeNull();
    await setIntroductionStatus(db, idea.id, 'asked', 1_000);
    await setIntroductionStatus(db, idea.id, 'made', 2_000);
    await setIntroductionStatus(db, idea.id, 'connected', 3_000);
    await updateIntroduction(db, idea.id, { outcome: 'They started a project together.' });
    const stored = await db.introductions.get(idea.id);
    expect(stored).toMatchObject({
      status: 'connected',
      madeAt: 2_000,
      outcome: 'They started a project together.',
      statusDates: { idea: idea.createdAt, asked: 1_000, made: 2_000, connected: 3_000 },
    });
  });
});
