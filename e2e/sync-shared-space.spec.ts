// A shared space: organizer A shares an event series and invites a co-organizer (a device of another
// user, joining by invitation code). The roster travels both ways, and nothing private of A's
// (notes, meetings, follow-ups, people off the roster) ever reaches the co-organizer's device. A
// viewer sees the roster; its edits stay on its device, and a client sending one anyway with the
// viewer's token is refused by the server ('read-only'): A's data stays as it was.
import type {
  FollowUp,
  HallwayEvent,
  Interaction,
  VolunteerShift,
} from '../shared/domain/entities';
import { personFixture } from '../shared/domain/person-fixture';
import type { SyncedValue } from '../shared/sync/synced-entry';
import { RosterSection } from './pages/roster-section';
import type { SpaceRoleLabel } from './pages/sync-settings-page';
import { expectUpToDate, SYNC_TIMEOUT, syncConfigOf, syncedRows } from './support/sync-devices';
import { laterStamp, openRowDocument } from './support/sync-observer';
import type { SyncServerProcess } from './support/sync-server-process';
import { expect, test, type SyncDevice } from './support/sync-test';

const SERIES = 'Tokyo Rust';
const PRIVATE = 'PRIVATE';
const NOW = Date.parse('2026-11-01T10:00:00Z');
const EVENT: HallwayEvent = {
  id: 'event-rust-12',
  name: 'Tokyo Rust #12',
  series: SERIES,
  kind: 'meetup',
  startsAt: Date.parse('2026-11-20T09:00:00Z'),
  endsAt: Date.parse('2026-11-20T12:00:00Z'),
  location: 'Shibuya',
  url: '',
  myRole: 'organizer',
  notes: `${PRIVATE}: venue deposit unpaid`,
  volunteerRoles: [
    { role: 'reception', needed: 1 },
    { role: 'setup', needed: 1 },
  ],
  createdAt: NOW,
  updatedAt: NOW,
  deletedAt: 0,
};
const PEOPLE = [
  personFixture({
    id: 'aiko',
    displayName: 'Aiko Tanaka',
    givenName: 'Aiko',
    familyName: 'Tanaka',
    nameReading: 'たなか あいこ',
    emails: ['aiko@example.com'],
    phones: ['090-1234-5678'],
    company: `${PRIVATE} company`,
    notes: `${PRIVATE}: looking for a new job`,
    createdAt: NOW,
    updatedAt: NOW,
  }),
  personFixture({
    id: 'ben',
    displayName: 'Ben Carter',
    emails: ['ben@example.com'],
    notes: `${PRIVATE}: owes me a talk`,
    createdAt: NOW,
    updatedAt: NOW,
  }),
  personFixture({ id: 'chika', displayName: `Chika Mori ${PRIVATE}`, createdAt: NOW }),
];
const shift = (id: string, personId: string, role: string): VolunteerShift => ({
  id,
  eventId: EVENT.id,
  personId,
  role,
  startsAt: EVENT.startsAt,
  endsAt: EVENT.endsAt!,
  status: 'invited',
  hours: 3,
  note: '',
  createdAt: NOW,
  updatedAt: NOW,
  deletedAt: 0,
});
const SHIFTS = [shift('shift-aiko', 'aiko', 'reception'), shift('shift-ben', 'ben', 'setup')];
const MEETING: Interaction = {
  id: 'meeting-aiko',
  personId: 'aiko',
  at: NOW,
  kind: 'meeting',
  note: `${PRIVATE}: salary talk`,
  createdAt: NOW,
  updatedAt: NOW,
  deletedAt: 0,
};
const FOLLOW_UP: FollowUp = {
  id: 'follow-up-ben',
  personId: 'ben',
  dueAt: NOW,
  reason: `${PRIVATE}: ask about the talk`,
  status: 'open',
  rule: 'manual',
  createdAt: NOW,
  updatedAt: NOW,
};

/** A paired with the server's code, holding the series, its roster and private data; shared. */
async function organizerSharingTheSeries(
  openDevice: (name: string) => Promise<SyncDevice>,
  server: SyncServerProcess,
): Promise<SyncDevice> {
  const a = await openDevice('Organizer laptop');
  await a.page.evaluate(
    async ({ event, people, shifts, meeting, followUp }) => {
      const hook = window.__hallway!;
      await hook.insertRows('people', people);
      await hook.insertRows('events', [event]);
      await hook.insertRows('volunteerShifts', shifts);
      await hook.insertRows('interactions', [meeting]);
      await hook.insertRows('followUps', [followUp]);
    },
    { event: EVENT, people: PEOPLE, shifts: SHIFTS, meeting: MEETING, followUp: FOLLOW_UP },
  );
  await a.sync.open();
  await a.sync.pair({ serverUrl: server.url, deviceName: a.name, code: server.pairingCode });
  await expectUpToDate(a);
  await a.sync.shareSeries(SERIES);
  await expectUpToDate(a);
  return a;
}

async function joinAs(
  role: SpaceRoleLabel,
  organizer: SyncDevice,
  openDevice: (name: string) => Promise<SyncDevice>,
  server: SyncServerProcess,
): Promise<SyncDevice> {
  const code = await organizer.sync.invite(SERIES, role);
  const member = await openDevice(`${role} phone`);
  await member.sync.open();
  await member.sync.joinByInvitation({ serverUrl: server.url, deviceName: member.name, code });
  await expect(member.sync.space(SERIES)).toBeVisible();
  return member;
}

/** Waits until the device holds the series' roster: the event, both shifts and both volunteers. */
async function expectRoster(device: SyncDevice): Promise<void> {
  await expect
    .poll(
      async () => {
        const rows = await syncedRows(device);
        return {
          events: rows.events.map((row) => row.id),
          shifts: rows.volunteerShifts.map((row) => row.id),
          people: rows.people.map((row) => row.id),
        };
      },
      { timeout: SYNC_TIMEOUT },
    )
    .toEqual({ events: [EVENT.id], shifts: ['shift-aiko', 'shift-ben'], people: ['aiko', 'ben'] });
}

function shiftOn(device: SyncDevice, id: string): Promise<VolunteerShift | undefined> {
  return device.page.evaluate((shiftId) => window.__hallway!.db.volunteerShifts.get(shiftId), id);
}

test('a co-organizer gets the roster, edits it both ways, and never receives private data', async ({
  openDevice,
  syncServer,
}) => {
  test.setTimeout(120_000);
  const a = await organizerSharingTheSeries(openDevice, syncServer);
  const c = await joinAs('Organizer', a, openDevice, syncServer);
  await expectRoster(c);

  const rows = await syncedRows(c);
  expect(JSON.stringify(rows), 'nothing private on the co-organizer').not.toContain(PRIVATE);
  expect(rows.interactions).toEqual([]);
  expect(rows.followUps).toEqual([]);
  expect(rows.people.find((row) => row.id === 'aiko')).toMatchObject({
    displayName: 'Aiko Tanaka',
    nameReading: 'たなか あいこ',
    emails: ['aiko@example.com'],
    phones: ['090-1234-5678'],
  });

  const rosterOnC = new RosterSection(c.page);
  await c.page.evaluate((id) => (window.location.hash = `#/events/${id}`), EVENT.id);
  await expect(c.app.heading()).toHaveText(EVENT.name);
  await rosterOnC.status('Aiko Tanaka', 'Reception').selectOption('Confirmed');
  await expect.poll(async () => (await shiftOn(a, 'shift-aiko'))?.status).toBe('confirmed');

  await a.page.evaluate(() =>
    window.__hallway!.patchRow('volunteerShifts', 'shift-ben', { status: 'confirmed' }),
  );
  await expect(rosterOnC.status('Ben Carter', 'Setup')).toHaveValue('confirmed', {
    timeout: SYNC_TIMEOUT,
  });

  await c.page.evaluate(() => window.__hallway!.editPerson('aiko', { phones: ['080-0000-1111'] }));
  await expect
    .poll(async () => (await syncedRows(a)).people.find((row) => row.id === 'aiko'))
    .toMatchObject({ phones: ['080-0000-1111'], notes: `${PRIVATE}: looking for a new job` });
  expect(JSON.stringify(await syncedRows(c))).not.toContain(PRIVATE);
});

test("a viewer sees the roster; its edits stay on its device, and the server refuses a viewer's write", async ({
  openDevice,
  syncServer,
}) => {
  test.setTimeout(120_000);
  const a = await organizerSharingTheSeries(openDevice, syncServer);
  const viewer = await joinAs('Viewer', a, openDevice, syncServer);
  await expectRoster(viewer);

  // The app on a viewer's device does not send its edits of the shared space.
  await viewer.page.evaluate(() =>
    window.__hallway!.patchRow('volunteerShifts', 'shift-aiko', { status: 'cancelled' }),
  );

  // A client that sends one anyway, with the viewer's token, is refused by the server.
  const { token, deviceId, spaces } = await syncConfigOf(viewer);
  const shared = spaces.find((space) => space.kind === 'shared')!;
  const tampered = openRowDocument(syncServer.url, token, {
    spaceId: shared.spaceId,
    table: 'volunteerShifts',
    key: 'shift-ben',
  });
  try {
    await tampered.arrived;
    const entry = tampered.rows.get('shift-ben') as SyncedValue;
    tampered.rows.set('shift-ben', {
      ...entry,
      v: { ...entry.v, status: 'cancelled' },
      t: { ...entry.t, status: laterStamp(deviceId) },
    });
    await syncServer.waitForRefusal('read-only');
  } finally {
    tampered.close();
  }

  // A's next roster change still reaches the viewer; neither of the viewer's writes reached A.
  await a.page.evaluate(() =>
    window.__hallway!.patchRow('volunteerShifts', 'shift-ben', { note: 'Bring the badges' }),
  );
  await expect
    .poll(async () => (await shiftOn(viewer, 'shift-ben'))?.note, { timeout: SYNC_TIMEOUT })
    .toBe('Bring the badges');
  expect((await shiftOn(a, 'shift-aiko'))?.status).toBe('invited');
  expect((await shiftOn(a, 'shift-ben'))?.status).toBe('invited');
});
