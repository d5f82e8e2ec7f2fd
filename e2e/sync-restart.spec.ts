// The sync server restarts while two devices edit: nothing is lost. Edits made before, during and
// after the restart reach both devices; then, with both devices closed and the server restarted
// once more, a new device paired with the server's fresh code receives exactly the same rows, so
// the server itself kept everything.
import {
  addPersonThroughDialog,
  editPerson,
  expectConverged,
  expectRows,
  expectUpToDate,
  pairTwoDevices,
} from './support/sync-devices';
import { expect, test } from './support/sync-test';

test('a server restart in the middle of edits loses nothing', async ({
  openDevice,
  syncServer,
}) => {
  test.setTimeout(120_000);
  const [a, b] = await pairTwoDevices(openDevice, syncServer);
  const id = await addPersonThroughDialog(a, { givenName: 'Aiko', familyName: 'Tanaka' });
  await editPerson(a, id, { company: 'Mercari' });

  await Promise.all([syncServer.restart(), editPerson(b, id, { location: 'Tokyo' })]);
  await editPerson(a, id, { role: 'CTO' });
  const ben = await addPersonThroughDialog(b, { givenName: 'Ben', familyName: 'Ito' });

  const rows = await expectConverged([a, b]);
  expect(rows.people.find((row) => row.id === id)).toMatchObject({
    company: 'Mercari',
    location: 'Tokyo',
    role: 'CTO',
  });
  expect(rows.people.map((row) => row.id)).toContain(ben);
  await Promise.all([expectUpToDate(a), expectUpToDate(b)]);

  await Promise.all([a.context.close(), b.context.close()]);
  await syncServer.restart();
  const c = await openDevice('Tablet');
  await c.sync.open();
  await c.sync.pair({
    serverUrl: syncServer.url,
    deviceName: c.name,
    code: syncServer.pairingCode,
  });
  await expectUpToDate(c);
  await expectRows(c, rows);
});
