// A network partition: each device reaches the server through its own pausable loopback proxy
// (e2e/support/pausable-proxy). Cut off, both show "offline" and edit one person (a different field
// each, and the same field) and both create the same new person; reconnected, they converge row by
// row: both fields kept, one value for the shared field, and the two new rows proposed by "Find
// duplicates", never merged.
import { DuplicatesPage } from './pages/duplicates-page';
import {
  addPersonThroughDialog,
  editPerson,
  expectConverged,
  pairTwoDevices,
  SYNC_TIMEOUT,
} from './support/sync-devices';
import { expect, test } from './support/sync-test';

test('both devices edit while partitioned and converge once reconnected', async ({
  openDevice,
  syncServer,
  proxyToServer,
}) => {
  test.setTimeout(120_000);
  const [proxyA, proxyB] = await Promise.all([proxyToServer(), proxyToServer()]);
  const [a, b] = await pairTwoDevices(openDevice, syncServer, { a: proxyA.url, b: proxyB.url });
  const id = await addPersonThroughDialog(a, { givenName: 'Aiko', familyName: 'Tanaka' });
  await expectConverged([a, b]);

  proxyA.pause();
  proxyB.pause();
  for (const device of [a, b]) {
    await expect(device.sync.status).toHaveAttribute('data-sync-state', 'offline', {
      timeout: SYNC_TIMEOUT,
    });
  }
  await editPerson(a, id, { company: 'Mercari', role: 'CTO' });
  await editPerson(b, id, { location: 'Tokyo', role: 'VP' });
  const ben = { givenName: 'Ben', familyName: 'Ito', email: 'ben@example.com' };
  await addPersonThroughDialog(a, ben);
  await addPersonThroughDialog(b, ben);
  for (const device of [a, b]) {
    await expect(device.sync.status).toHaveAttribute('data-sync-state', 'offline');
  }

  proxyA.resume();
  proxyB.resume();
  const rows = await expectConverged([a, b]);
  const aiko = rows.people.find((row) => row.id === id);
  expect(aiko).toMatchObject({ company: 'Mercari', location: 'Tokyo' });
  expect(['CTO', 'VP']).toContain(aiko?.role);
  expect(rows.people.filter((row) => row.displayName === 'Ben Ito')).toHaveLength(2);

  for (const device of [a, b]) {
    const duplicates = new DuplicatesPage(device.page);
    await duplicates.openFromPalette();
    await expect(duplicates.pair('Ben Ito', 'Ben Ito')).toBeVisible();
  }
});
