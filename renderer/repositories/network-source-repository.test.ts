import { afterEach, describe, expect, it } from 'vitest';
import { buildNetworkGraph, pairKey } from '../../shared/network/build-network-graph';
import { HallwayDatabase } from '../db/database';
import { createEvent } from '../data/writes/events-writes';
import { logInteraction, trashInteraction } from '../data/writes/interactions-writes';
import { proposeIntroduction, setIntroductionStatus } from '../data/writes/introductions-writes';
import { createPerson, trashPerson } from '../data/writes/people-writes';
import { addRelationship } from '../data/writes/relationships-writes';
import { loadNetworkSource } from './network-source-repository';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`network-source-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('loadNetworkSource', () => {
  it('reads the stored data into a graph of live people and their ties', async () => {
    const db = freshDatabase();
    const aoi = await createPerson(db, { displayName: 'Aoi', company: 'Ferrous' });
    const bruno = await createPerson(db, { displayName: 'Bruno' });
    const chen = await createPerson(db, { displayName: 'Chen' });
    const gone = await createPerson(db, { displayName: 'Gone' });
    const rustFest = await createEvent(db, { name: 'RustFest', startsAt: 1_000 });
    for (const person of [aoi, bruno, gone]) {
      await logInteraction(db, {
        personId: person.id,
        at: 1_000,
        kind: 'met',
        eventId: rustFest.id,
      });
    }
    await logInteraction(db, { personId: aoi.id, at: 2_000, kind: 'call' });
    const trashedCall = await logInteraction(db, { personId: aoi.id, at: 3_000, kind: 'call' });
    await trashInteraction(db, trashedCall.id);
    await addRelationship(db, { fromId: bruno.id, toId: chen.id, kind: 'works-with' });
    await addRelationship(db, { fromId: gone.id, toId: chen.id, kind: 'knows' });
    const intro = await proposeIntroduction(db, { personIds: [aoi.id, chen.id] });
    await setIntroductionStatus(db, intro.id, 'made', 5_000);
    await trashPerson(db, gone.id);

    const graph = buildNetworkGraph(await loadNetworkSource(db), { now: 10_000 });

    expect(graph.nodes().sort()).toEqual([aoi.id, bruno.id, chen.id].sort());
    expect(graph.getNodeAttributes(aoi.id)).toMatchObject({
      label: 'Aoi',
      company: 'Ferrous',
      interactions: 2,
      eventIds: [rustFest.id],
    });
    expect(graph.edges().sort()).toEqual(
      [pairKey(aoi.id, bruno.id), pairKey(bruno.id, chen.id), pairKey(aoi.id, chen.id)].sort(),
    );
    expect(graph.getEdgeAttribute(pairKey(aoi.id, bruno.id), 'sharedEventIds')).toEqual([
      rustFest.id,
    ]);
    expect(graph.getEdgeAttribute(pairKey(aoi.id, chen.id), 'introduction')).toMatchObject({
      status: 'made',
      madeAt: 5_000,
    });
  });
});
