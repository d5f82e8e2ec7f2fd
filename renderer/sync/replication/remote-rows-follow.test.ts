// Remote rows go through runWrite like local ones, so what reads the change feed or the derived
// tables (search, Today's keep-in-touch queue) follows them without knowing about sync.
import { afterEach, describe, expect, it } from 'vitest';
import { updatePerson, createPerson } from '../../data/writes/people-writes';
import { SearchIndexSync } from '../../features/search/search-index-sync';
import { closeDevices, settle, TestDevice, TestRelay } from './replication-test-kit';

const devices: TestDevice[] = [];
const searches: SearchIndexSync[] = [];
afterEach(async () => {
  for (const search of searches.splice(0)) search.dispose();
  await closeDevices(devices.splice(0));
});

describe('rows from another device', () => {
  it('are found by search and due in Today like rows written here', async () => {
    const relay = new TestRelay();
    const [a, b] = [new TestDevice(relay, 'a'), new TestDevice(relay, 'b')];
    devices.push(a, b);
    for (const device of [a, b]) await device.replicator.start();
    const search = new SearchIndexSync(b.db, { persistDelayMs: 60_000 });
    searches.push(search);
    await search.start();

    const { id } = await createPerson(a.db, { displayName: 'Hanako Yamada', company: 'Acme' });
    await updatePerson(a.db, id, { keepInTouchDays: 30 });
    await settle([a, b]);
    await search.refresh();

    expect(search.search('Yamada').map((hit) => hit.id)).toEqual([id]);
    expect(await b.db.contactDue.get(id)).toMatchObject({ personId: id });
    expect((await b.db.people.get(id))?.sortName).not.toBe('');
  });
});
