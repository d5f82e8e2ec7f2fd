// What the sync specs do on devices: pair them through Settings → Sync, add and edit people as the
// app does, and check convergence by comparing the devices' synced source tables row by row
// (window.__hallway.syncedSourceRows()), polled until equal: never by timing.
import { expect } from '@playwright/test';
import type { Person } from '../../shared/domain/entities';
import type { PersonChanges } from '../../renderer/data/writes/person-input';
import type { SyncedSourceRows } from '../../renderer/app/synced-source-rows';
import type { SyncConfig } from '../../renderer/sync/sync-config';
import { AddPersonDialog } from '../pages/add-person-dialog';
import type { SyncDevice } from './sync-test';
import type { SyncServerProcess } from './sync-server-process';

/** How long a change may take to reach another device (first syncs of a few hundred documents). */
export const SYNC_TIMEOUT = 30_000;

type OpenDevice = (name: string) => Promise<SyncDevice>;

/** Device A paired with the server's code, B with a code A made ("Pair another device"). */
export async function pairTwoDevices(
  openDevice: OpenDevice,
  server: SyncServerProcess,
  serverUrls: { a?: string; b?: string } = {},
): Promise<[SyncDevice, SyncDevice]> {
  const [a, b] = await Promise.all([openDevice('Laptop'), openDevice('Desktop')]);
  await a.sync.open();
  await a.sync.pair({
    serverUrl: serverUrls.a ?? server.url,
    deviceName: a.name,
    code: server.pairingCode,
  });
  // Its first sync done: the progress bar above the buttons has gone and moves nothing any more.
  await expectUpToDate(a);
  const code = await a.sync.codeForAnotherDevice();
  await b.sync.open();
  await b.sync.pair({ serverUrl: serverUrls.b ?? server.url, deviceName: b.name, code });
  await Promise.all([a, b].map((device) => expectUpToDate(device)));
  return [a, b];
}

export async function expectUpToDate(device: SyncDevice): Promise<void> {
  await expect(device.sync.status).toHaveAttribute('data-sync-state', 'upToDate', {
    timeout: SYNC_TIMEOUT,
  });
}

export function syncedRows(device: SyncDevice): Promise<SyncedSourceRows> {
  return device.page.evaluate(() => window.__hallway!.syncedSourceRows());
}

/** Waits until every device holds exactly the same synced rows; returns them. */
export async function expectConverged(devices: SyncDevice[]): Promise<SyncedSourceRows> {
  let agreed: SyncedSourceRows | undefined;
  await expect
    .poll(
      async () => {
        const [first, ...others] = await Promise.all(devices.map(syncedRows));
        const differences = others.flatMap((rows, index) =>
          differencesBetween(first, rows).map((line) => `${devices[index + 1].name}: ${line}`),
        );
        agreed = first;
        return differences;
      },
      { timeout: SYNC_TIMEOUT, message: `${devices.map(({ name }) => name)} converge` },
    )
    .toEqual([]);
  return agreed!;
}

/** Waits until the device holds exactly these synced rows. */
export async function expectRows(device: SyncDevice, expected: SyncedSourceRows): Promise<void> {
  await expect
    .poll(async () => differencesBetween(expected, await syncedRows(device)), {
      timeout: SYNC_TIMEOUT,
      message: `${device.name} holds the rows`,
    })
    .toEqual([]);
}

/** Rows of `other` that differ from `reference`, as "table key: reference → other" lines. */
function differencesBetween(reference: SyncedSourceRows, other: SyncedSourceRows): string[] {
  const lines: string[] = [];
  for (const table of Object.keys(reference) as (keyof SyncedSourceRows)[]) {
    const expected = byKey(reference[table]);
    const actual = byKey(other[table]);
    for (const key of new Set([...expected.keys(), ...actual.keys()])) {
      if (expected.get(key) !== actual.get(key)) {
        lines.push(`${table} ${key}: ${expected.get(key)} → ${actual.get(key)}`);
      }
    }
  }
  return lines;
}

/** Each row as canonical JSON (sorted fields, undefined left out), by its primary key. */
function byKey(rows: Record<string, unknown>[]): Map<string, string> {
  return new Map(rows.map((row) => [String(row.id ?? row.key ?? row.pairKey), canonical(row)]));
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/** Adds a person with the "Add a person" dialog (N on the People screen); returns their id. */
export async function addPersonThroughDialog(
  device: SyncDevice,
  fields: { givenName: string; familyName: string; email?: string },
): Promise<string> {
  const dialog = new AddPersonDialog(device.page);
  await device.app.goTo('People');
  await device.page.locator('body').press('n');
  await dialog.field('Given name').fill(fields.givenName);
  await dialog.field('Family name').fill(fields.familyName);
  if (fields.email) await dialog.field('E-mail').fill(fields.email);
  await dialog.addButton.click();
  await expect(dialog.dialog).toBeHidden();
  const name = `${fields.givenName} ${fields.familyName}`;
  const ids = await device.page.evaluate(
    (displayName) =>
      window
        .__hallway!.db.people.filter((person) => person.displayName === displayName)
        .primaryKeys(),
    name,
  );
  expect(ids, `${device.name}: one ${name}`).toHaveLength(1);
  return ids[0];
}

/** A field edit as the person page saves it (updatePerson, through the test hook). */
export function editPerson(device: SyncDevice, id: string, changes: PersonChanges): Promise<void> {
  return device.page.evaluate(
    ({ personId, personChanges }) => window.__hallway!.editPerson(personId, personChanges),
    { personId: id, personChanges: changes },
  );
}

export function storedPerson(device: SyncDevice, id: string): Promise<Person | undefined> {
  return device.page.evaluate((personId) => window.__hallway!.db.people.get(personId), id);
}

/** This device's saved sync settings (localState `sync.config`: server URL, token, spaces). */
export function syncConfigOf(device: SyncDevice): Promise<SyncConfig> {
  return device.page.evaluate(async () => {
    const row = await window.__hallway!.db.localState.get('sync.config');
    if (!row) throw new Error('This device has no sync settings');
    return row.value as SyncConfig;
  });
}
