import { afterEach, describe, expect, it } from 'vitest';
import { LIVE } from '../../../shared/domain/entities';
import { HallwayDatabase } from '../../db/database';
import { createEvent } from './events-writes';
import { addFollowUp } from './follow-ups-writes';
import { logInteraction } from './interactions-writes';
import { findIntroduction } from '../../repositories/introductions-repository';
import { proposeIntroduction } from './introductions-writes';
import { mergePeople, undoMerge } from './merge-people-writes';
import { getPerson } from '../../repositories/people-repository';
import { createPerson, restorePerson, updatePerson } from './people-writes';
import { WriteError } from './write-error';
import { createShift } from './volunteer-shifts-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`merge-people-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const DAY = 86_400_000;

/** Two records of Aiko Tanaka with a history each, and two people they know. */
async function duplicates(db: HallwayDatabase) {
  const kept = await createPerson(db, {
    givenName: 'Aiko',
    familyName: 'Tanaka',
    company: 'Mercari',
    emails: ['aiko@example.com'],
    interests: ['rust'],
  });
  const other = await createPerson(db, {
    givenName: 'Aiko',
    familyName: 'Tanaka',
    company: 'Cookpad',
    role: 'Engineer',
    emails: ['AIKO@example.com', 'aiko.t@example.jp'],
    phones: ['090-1234-5678'],
    interests: ['go'],
    notes: 'Met at RubyKaigi',
  });
  const grace = await createPerson(db, { displayName: 'Grace Hopper' });
  const linus = await createPerson(db, { displayName: 'Linus' });
  const event = await createEvent(db, { name: 'Rust.Tokyo', startsAt: 10 * DAY });
  await logInteraction(db, { personId: kept.id, at: 5 * DAY, kind: 'met' });
  const otherMet = await logInteraction(db, {
    personId: other.id,
    at: 10 * DAY,
    kind: 'met',
    eventId: event.id,
    note: 'talked about Rust',
  });
  const otherCall = await logInteraction(db, { personId: other.id, at: 3 * DAY, kind: 'call' });
  const shift = await createShift(db, {
    eventId: event.id,
    personId: other.id,
    startsAt: 10 * DAY,
    endsAt: 10 * DAY + 3_600_000,
  });
  const followUp = await addFollowUp(db, { personId: other.id, dueAt: 12 * DAY, reason: 'Call' });
  const withGrace = await proposeIntroduction(db, { personIds: [other.id, grace.id] });
  const selfPair = await proposeIntroduction(db, { personIds: [kept.id, other.id] });
  const keptLinus = await proposeIntroduction(db, { personIds: [kept.id, linus.id] });
  const otherLinus = await proposeIntroduction(db, { personIds: [linus.id, other.id] });
  return {
    kept,
    other,
    grace,
    linus,
    otherMet,
    otherCall,
    shift,
    followUp,
    withGrace,
    selfPair,
    keptLinus,
    otherLinus,
  };
}

/** Every row of the tables a merge touches, sorted by id, without updatedAt. */
async function contents(db: HallwayDatabase) {
  const tables = [db.people, db.interactions, db.volunteerShifts, db.followUps, db.introductions];
  const all: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = (await table.toArray()) as { id: string; updatedAt: number }[];
    all[table.name] = rows
      .map(({ updatedAt: _updatedAt, ...row }) => row)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  return all;
}

describe('mergePeople', () => {
  it('keeps every field of both people, the chosen side winning conflicts', async () => {
    const db = freshDatabase();
    const { kept, other } = await duplicates(db);
    await mergePeople(db, kept.id, other.id, { company: 'other' });
    const merged = await getPerson(db, kept.id);
    expect(merged).toMatchObject({
      company: 'Cookpad',
      role: 'Engineer',
      emails: ['aiko@example.com', 'aiko.t@example.jp'],
      emailKeys: ['aiko@example.com', 'aiko.t@example.jp'],
      phones: ['090-1234-5678'],
      interests: ['rust', 'go'],
      notes: 'Met at RubyKaigi',
      lastContactAt: 10 * DAY,
      deletedAt: LIVE,
    });
    expect((await getPerson(db, other.id))?.deletedAt).toBeGreaterThan(0);
  });

  it('marks the other record as merged into the kept one, which the trash cannot restore', async () => {
    const db = freshDatabase();
    const { kept, other } = await duplicates(db);
    const token = await mergePeople(db, kept.id, other.id);
    expect((await getPerson(db, other.id))?.mergedIntoId).toBe(kept.id);

    await expect(restorePerson(db, other.id)).rejects.toMatchObject({ code: 'merged-away' });
    expect((await getPerson(db, other.id))?.deletedAt).toBeGreaterThan(0);

    await undoMerge(db, token);
    expect(await getPerson(db, other.id)).not.toHaveProperty('mergedIntoId');
  });

  it('re-points every interaction, shift and follow-up of the other person', async () => {
    const db = freshDatabase();
    const { kept, other, otherMet, otherCall, shift, followUp } = await duplicates(db);
    await mergePeople(db, kept.id, other.id);
    const timeline = await db.interactions
      .where('[personId+at]')
      .between([kept.id, -Infinity], [kept.id, Infinity])
      .reverse()
      .toArray();
    expect(timeline.map((interaction) => interaction.at)).toEqual([10 * DAY, 5 * DAY, 3 * DAY]);
    expect(timeline.map((interaction) => interaction.id)).toEqual(
      expect.arrayContaining([otherMet.id, otherCall.id]),
    );
    expect((await db.interactions.get(otherMet.id))?.note).toBe('talked about Rust');
    expect((await db.volunteerShifts.get(shift.id))?.personId).toBe(kept.id);
    expect((await db.followUps.get(followUp.id))?.personId).toBe(kept.id);
    for (const table of [db.interactions, db.volunteerShifts, db.followUps]) {
      expect(await table.where('personId').equals(other.id).count()).toBe(0);
    }
  });

  it('re-points introductions as ordered pairs and trashes a self-pair and a repeated pair', async () => {
    const db = freshDatabase();
    const { kept, other, grace, withGrace, selfPair, keptLinus, otherLinus } = await duplicates(db);
    await mergePeople(db, kept.id, other.id);

    const repointed = await db.introductions.get(withGrace.id);
    const [aId, bId] = [kept.id, grace.id].sort();
    expect(repointed).toMatchObject({ aId, bId, deletedAt: LIVE });
    expect((await findIntroduction(db, kept.id, grace.id))?.id).toBe(withGrace.id);
    expect((await db.introductions.get(selfPair.id))?.deletedAt).toBeGreaterThan(0);
    expect((await db.introductions.get(keptLinus.id))?.deletedAt).toBe(LIVE);
    expect((await db.introductions.get(otherLinus.id))?.deletedAt).toBeGreaterThan(0);
    const live = await db.introductions.where('deletedAt').equals(LIVE).toArray();
    const pairs = live.map((introduction) => `${introduction.aId}|${introduction.bId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(live.every((introduction) => introduction.aId < introduction.bId)).toBe(true);
  });

  it('refuses to merge a person with themselves or with nobody, changing nothing', async () => {
    const db = freshDatabase();
    const { kept } = await duplicates(db);
    const before = await contents(db);
    await expect(mergePeople(db, kept.id, kept.id)).rejects.toBeInstanceOf(WriteError);
    await expect(mergePeople(db, kept.id, 'nobody')).rejects.toMatchObject({ code: 'not-found' });
    expect(await contents(db)).toEqual(before);
  });
});

describe('undoMerge', () => {
  it('restores every table to exactly what it was before the merge', async () => {
    const db = freshDatabase();
    const { kept, other } = await duplicates(db);
    const before = await contents(db);
    const token = await mergePeople(db, kept.id, other.id, { company: 'other' });
    expect(await contents(db)).not.toEqual(before);

    await undoMerge(db, token);

    expect(await contents(db)).toEqual(before);
    const restored = await getPerson(db, other.id);
    expect(restored?.updatedAt).toBeGreaterThanOrEqual(token.people[1].updatedAt);
  });

  it('keeps an edit made after the merge to a field the merge did not change', async () => {
    const db = freshDatabase();
    const { kept, other } = await duplicates(db);
    const token = await mergePeople(db, kept.id, other.id, { company: 'other' });
    await updatePerson(db, kept.id, { location: 'Fukuoka' });

    await undoMerge(db, token);

    expect(await getPerson(db, kept.id)).toMatchObject({
      company: 'Mercari',
      phones: [],
      location: 'Fukuoka',
      emailKeys: ['aiko@example.com'],
    });
    expect((await getPerson(db, other.id))?.deletedAt).toBe(LIVE);
  });

  it('keeps an edit made after the merge to a field the merge changed, and names it', async () => {
    const db = freshDatabase();
    const { kept, other } = await duplicates(db);
    const token = await mergePeople(db, kept.id, other.id, { company: 'other' });
    await updatePerson(db, kept.id, { company: 'Kumo', notes: 'Now at Kumo' });

    const result = await undoMerge(db, token);

    expect(result.keptAsEdited.sort()).toEqual(['company', 'notes']);
    expect(await getPerson(db, kept.id)).toMatchObject({
      company: 'Kumo',
      notes: 'Now at Kumo',
      role: '',
      phones: [],
      interests: ['rust'],
      emailKeys: ['aiko@example.com'],
    });
    expect((await getPerson(db, other.id))?.deletedAt).toBe(LIVE);
  });

  it('names no field when nothing was edited since the merge', async () => {
    const db = freshDatabase();
    const { kept, other } = await duplicates(db);
    const token = await mergePeople(db, kept.id, other.id, { company: 'other' });
    await logInteraction(db, { personId: kept.id, at: 20 * DAY, kind: 'call' });

    expect(await undoMerge(db, token)).toEqual({ keptAsEdited: [] });
  });
});
