// The devices scenario of e2e/sync-devices.spec.ts on two server processes sharing PostgreSQL and
// Redis: device A's app syncs through process 1, device B's through process 2 (paired with a code
// A made through process 1). A person added on one shows on the other, concurrent edits merge the
// same on both, a restart of process 1 loses nothing, and revoking B through process 1 cuts B off
// at process 2. Run by `npm run test:sync-scale:e2e`, not by `npm test`.
import {
  addPersonThroughDialog,
  editPerson,
  expectConverged,
  expectUpToDate,
  SYNC_TIMEOUT,
} from '../support/sync-devices';
import { expect, test } from './two-processes';

test('two devices on two server processes stay in sync, through a restart and a revocation', async ({
  openDevice,
  twoProcesses: [one, two],
}) => {
  test.setTimeout(180_000);
  const [a, b] = await Promise.all([openDevice('Laptop'), openDevice('Desktop')]);
  await a.sync.open();
  await a.sync.pair({ serverUrl: one.url, deviceName: a.name, code: one.pairingCode });
  await expectUpToDate(a);
  const code = await a.sync.codeForAnotherDevice();
  await b.sync.open();
  await b.sync.pair({ serverUrl: two.url, deviceName: b.name, code });
  await expectUpToDate(b);

  const id = await addPersonThroughDialog(a, { givenName: 'Aiko', familyName: 'Tanaka' });
  await b.app.goTo('People');
  await expect(b.people.row('Aiko Tanaka')).toBeVisible({ timeout: SYNC_TIMEOUT });

  await Promise.all([
    editPerson(a, id, { company: 'Mercari' }),
    editPerson(b, id, { location: 'Tokyo' }),
  ]);
  let person = (await expectConverged([a, b])).people.find((row) => row.id === id);
  expect(person, 'different fields, through two processes: both kept').toMatchObject({
    company: 'Mercari',
    location: 'Tokyo',
  });

  await Promise.all([one.stop().then(() => one.relaunch()), editPerson(b, id, { role: 'VP' })]);
  await editPerson(a, id, { notes: 'Met at RustConf' });
  person = (await expectConverged([a, b])).people.find((row) => row.id === id);
  expect(person, 'a restart of process 1 in the middle: nothing lost').toMatchObject({
    company: 'Mercari',
    location: 'Tokyo',
    role: 'VP',
    notes: 'Met at RustConf',
  });

  await a.sync.revoke(b.name);
  await expect(b.sync.status).toHaveAttribute('data-sync-state', 'error', {
    timeout: SYNC_TIMEOUT,
  });
  await expect(b.sync.status).toContainText(/revoked/i);
});
