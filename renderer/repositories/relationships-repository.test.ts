import { afterEach, describe, expect, it } from 'vitest';
import { createEvent, trashEvent } from '../data/writes/events-writes';
import { logInteraction } from '../data/writes/interactions-writes';
import { proposeIntroduction } from '../data/writes/introductions-writes';
import { createPerson, trashPerson } from '../data/writes/people-writes';
import { addRelationship, trashRelationship } from '../data/writes/relationships-writes';
import { HallwayDatabase } from '../db/database';
import { introducedTiesOf, metAtSameEventsOf } from './implied-ties-repository';
import { relationshipsOfPerson } from './relationships-repository';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`relationships-repository-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function people(db: HallwayDatabase, ...names: string[]) {
  const created = [];
  for (const displayName of names) created.push(await createPerson(db, { displayName }));
  return created;
}

describe('relationshipsOfPerson', () => {
  it('reads both directions, live ones with a live other person only, by the other’s name', async () => {
    const db = freshDatabase();
    const [aoi, bruno, chika, dan, emi] = await people(db, 'Aoi', 'Bruno', 'Chika', 'Dan', 'Emi');
    await addRelationship(db, { fromId: aoi.id, toId: chika.id, kind: 'mentor-of' });
    await addRelationship(db, { fromId: bruno.id, toId: aoi.id, kind: 'introduced-me-to' });
    const gone = await addRelationship(db, { fromId: aoi.id, toId: dan.id, kind: 'knows' });
    await trashRelationship(db, gone.id);
    await addRelationship(db, { fromId: emi.id, toId: aoi.id, kind: 'partner' });
    await trashPerson(db, emi.id);
    await addRelationship(db, { fromId: bruno.id, toId: chika.id, kind: 'knows' });

    const read = await relationshipsOfPerson(db, aoi.id);

    expect(
      read.map(({ other, relationship, outgoing }) => [
        other.displayName,
        relationship.kind,
        outgoing,
      ]),
    ).toEqual([
      ['Bruno', 'introduced-me-to', false],
      ['Chika', 'mentor-of', true],
    ]);
  });
});

describe('the ties the data implies', () => {
  it('reads introductions made or connected, not ideas, trashed ones or trashed people', async () => {
    const db = freshDatabase();
    const [aoi, bruno, chika, dan, emi] = await people(db, 'Aoi', 'Bruno', 'Chika', 'Dan', 'Emi');
    await proposeIntroduction(db, { personIds: [aoi.id, bruno.id], status: 'connected' });
    await proposeIntroduction(db, { personIds: [chika.id, aoi.id], status: 'made' });
    await proposeIntroduction(db, { personIds: [aoi.id, dan.id], status: 'idea' });
    await proposeIntroduction(db, { personIds: [aoi.id, emi.id], status: 'made' });
    await trashPerson(db, emi.id);

    const ties = await introducedTiesOf(db, aoi.id);

    expect(ties.map(({ other }) => other.displayName).sort()).toEqual(['Bruno', 'Chika']);
  });

  it('reads who was met at the same live events, most shared events first, capped with a count', async () => {
    const db = freshDatabase();
    const [aoi, bruno, chika, dan, emi] = await people(db, 'Aoi', 'Bruno', 'Chika', 'Dan', 'Emi');
    const first = await createEvent(db, { name: 'RustFest', startsAt: 1_000 });
    const second = await createEvent(db, { name: 'Rust.Tokyo', startsAt: 2_000 });
    const trashed = await createEvent(db, { name: 'Cancelled', startsAt: 3_000 });
    const met = (personId: string, eventId: string) =>
      logInteraction(db, { personId, at: 1_000, kind: 'met', eventId });
    for (const event of [first, second, trashed]) await met(aoi.id, event.id);
    await met(bruno.id, first.id);
    await met(chika.id, first.id);
    await met(chika.id, second.id);
    await met(dan.id, trashed.id);
    await met(emi.id, second.id);
    await trashEvent(db, trashed.id);
    await trashPerson(db, emi.id);

    const { ties, total } = await metAtSameEventsOf(db, aoi.id, 1);

    expect(total).toBe(2);
    expect(ties.map(({ other, events }) => [other.displayName, events.map((e) => e.name)])).toEqual(
      [['Chika', ['Rust.Tokyo', 'RustFest']]],
    );
  });
});
