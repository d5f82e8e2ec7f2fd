// Two devices of one user on a real sync server (e2e/support/sync-server-process), each a browser
// context of its own: paired through Settings → Sync, a person added on one shows on the other, and
// every conflict of docs/sync.md ends the same on both (compared row by row); revoking a device
// shows it the reason and cuts it off.
import {
  addPersonThroughDialog,
  editPerson,
  expectConverged,
  pairTwoDevices,
  SYNC_TIMEOUT,
  syncConfigOf,
  syncedRows,
} from './support/sync-devices';
import { openRowDocument } from './support/sync-observer';
import { expect, test } from './support/sync-test';

test('a person added on one device appears on the other, and concurrent edits merge the same on both', async ({
  openDevice,
  syncServer,
}) => {
  test.setTimeout(120_000);
  const [a, b] = await pairTwoDevices(openDevice, syncServer);

  const id = await addPersonThroughDialog(a, { givenName: 'Aiko', familyName: 'Tanaka' });
  await b.app.goTo('People');
  await expect(b.people.row('Aiko Tanaka')).toBeVisible({ timeout: SYNC_TIMEOUT });
  await expectConverged([a, b]);

  // Each pair of edits is made at once on both devices; what follows holds whatever arrives first.
  await Promise.all([
    editPerson(a, id, { company: 'Mercari' }),
    editPerson(b, id, { location: 'Tokyo' }),
  ]);
  let person = (await expectConverged([a, b])).people.find((row) => row.id === id);
  expect(person, 'different fields: both kept').toMatchObject({
    company: 'Mercari',
    location: 'Tokyo',
  });

  await Promise.all([editPerson(a, id, { role: 'CTO' }), editPerson(b, id, { role: 'VP' })]);
  person = (await expectConverged([a, b])).people.find((row) => row.id === id);
  expect(['CTO', 'VP'], 'the same field: one value on both').toContain(person?.role);

  await a.app.goTo('People');
  await Promise.all([
    a.people.trashWithButton('Aiko Tanaka'),
    editPerson(b, id, { notes: 'Met at RustConf' }),
  ]);
  person = (await expectConverged([a, b])).people.find((row) => row.id === id);
  expect(person, 'edit against trash: in the trash with the edit').toMatchObject({
    notes: 'Met at RustConf',
    deletedAt: expect.any(Number),
  });
  expect(person?.deletedAt).toBeGreaterThan(0);
  await expect(b.people.row('Aiko Tanaka')).toHaveCount(0);
});

test('a device revoked on another shows the reason and receives nothing more', async ({
  openDevice,
  syncServer,
}) => {
  test.setTimeout(90_000);
  const [a, b] = await pairTwoDevices(openDevice, syncServer);

  await a.sync.revoke(b.name);
  await expect(b.sync.status).toHaveAttribute('data-sync-state', 'error', {
    timeout: SYNC_TIMEOUT,
  });
  await expect(b.sync.status).toContainText(/revoked/i);

  // A reader with A's rights gets A's next person; B, cut off, does not.
  const id = await addPersonThroughDialog(a, { givenName: 'Ben', familyName: 'Ito' });
  const { token, spaces } = await syncConfigOf(a);
  const personal = spaces.find((space) => space.kind === 'personal')!;
  const watch = openRowDocument(syncServer.url, token, {
    spaceId: personal.spaceId,
    table: 'people',
    key: id,
  });
  try {
    await watch.arrived;
  } finally {
    watch.close();
  }
  await expect(a.sync.status).toHaveAttribute('data-sync-state', 'upToDate');
  expect((await syncedRows(b)).people.map((row) => row.id)).not.toContain(id);
  await expect(b.sync.status).toHaveAttribute('data-sync-state', 'error');
});
