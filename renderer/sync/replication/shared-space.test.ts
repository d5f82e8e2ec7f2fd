import { afterEach, describe, expect, it } from 'vitest';
import { createEvent } from '../../data/writes/events-writes';
import { logInteraction } from '../../data/writes/interactions-writes';
import { createPerson, updatePerson } from '../../data/writes/people-writes';
import { createShift } from '../../data/writes/volunteer-shifts-writes';
import type { SyncSpace } from '../sync-config';
import { rowsOf } from './document-entries';
import {
  closeDevices,
  PERSONAL_SPACE,
  settle,
  sharedSpace,
  TestDevice,
  TestRelay,
} from './replication-test-kit';

const devices: TestDevice[] = [];
afterEach(async () => closeDevices(devices.splice(0)));

const SERIES = 'Rust Tokyo';
const roster = sharedSpace(SERIES);
const coOrganizerSpace: SyncSpace = {
  ...PERSONAL_SPACE,
  spaceId: '00000000-0000-4000-8000-000000000002',
};

/** The organizer (with a second device of their own) and a co-organizer of another user. */
async function organizers() {
  const relay = new TestRelay();
  const organizer = new TestDevice(relay, 'organizer', [PERSONAL_SPACE, roster]);
  const ownLaptop = new TestDevice(relay, 'laptop', [PERSONAL_SPACE]);
  const coOrganizer = new TestDevice(relay, 'co-organizer', [coOrganizerSpace, roster]);
  devices.push(organizer, ownLaptop, coOrganizer);
  return { relay, organizer, ownLaptop, coOrganizer };
}

/** A volunteer with private fields, on a shift of one of the series' events, plus a meeting. */
async function volunteerOn(device: TestDevice) {
  const volunteer = await createPerson(device.db, {
    displayName: 'Aoi Tanaka',
    emails: ['aoi@example.jp'],
    company: 'Acme',
    notes: 'Private: looking for a new job',
    interests: ['rust'],
  });
  const event = await createEvent(device.db, {
    name: 'Rust Tokyo #12',
    series: SERIES,
    startsAt: 10_000,
    notes: 'Venue contract details',
    myRole: 'host',
  });
  const shift = await createShift(device.db, {
    eventId: event.id,
    personId: volunteer.id,
    role: 'reception',
    startsAt: 10_000,
    endsAt: 20_000,
  });
  await logInteraction(device.db, { personId: volunteer.id, at: 5_000, kind: 'met', note: 'hi' });
  const stranger = await createPerson(device.db, { displayName: 'Not a volunteer' });
  return { volunteer, event, shift, stranger };
}

describe('a shared space (one event series)', () => {
  it("carries the series' events, shifts and volunteers' roster fields, never notes or interactions", async () => {
    const { organizer, ownLaptop, coOrganizer } = await organizers();
    const { volunteer, event, shift, stranger } = await volunteerOn(organizer);
    for (const device of [organizer, ownLaptop, coOrganizer]) await device.replicator.start();
    await settle([organizer, ownLaptop, coOrganizer]);

    expect(await coOrganizer.db.volunteerShifts.get(shift.id)).toMatchObject({ role: 'reception' });
    expect(await coOrganizer.db.events.get(event.id)).toMatchObject({
      name: 'Rust Tokyo #12',
      notes: '',
      myRole: '',
    });
    expect(await coOrganizer.db.people.get(volunteer.id)).toMatchObject({
      displayName: 'Aoi Tanaka',
      emails: ['aoi@example.jp'],
      company: '',
      notes: '',
      interests: [],
    });
    expect(await coOrganizer.db.people.get(stranger.id)).toBeUndefined();
    expect(await coOrganizer.db.interactions.count()).toBe(0);
    expect(await coOrganizer.db.topics.count()).toBe(0);
    // Nothing private is in the shared space's documents at all (what the server stores).
    const sharedEntries = [...organizer.docs]
      .filter(([name]) => name.startsWith(`space:${roster.spaceId}/`))
      .flatMap(([, doc]) => [...rowsOf(doc).values()]);
    expect(JSON.stringify(sharedEntries)).not.toMatch(/Private|Acme|Venue|rust|"hi"/);
    // The organizer's own laptop gets everything through the personal space.
    expect(await ownLaptop.db.people.get(volunteer.id)).toMatchObject({ company: 'Acme' });
    expect(await ownLaptop.db.interactions.count()).toBe(1);
  });

  it("takes a co-organizer's roster edit, never a change of private fields", async () => {
    const { organizer, ownLaptop, coOrganizer } = await organizers();
    const { volunteer } = await volunteerOn(organizer);
    for (const device of [organizer, ownLaptop, coOrganizer]) await device.replicator.start();
    await settle([organizer, ownLaptop, coOrganizer]);

    await updatePerson(coOrganizer.db, volunteer.id, {
      displayName: 'Aoi T.',
      notes: "Co-organizer's own note",
    });
    await settle([organizer, ownLaptop, coOrganizer]);
    // A forged entry (another client) with private fields and later stamps than anything.
    const name = [...coOrganizer.docs.keys()].find(
      (candidate) =>
        candidate.startsWith(`space:${roster.spaceId}/people/`) &&
        rowsOf(coOrganizer.docs.get(candidate)!).has(volunteer.id),
    )!;
    rowsOf(coOrganizer.docs.get(name)!).set(volunteer.id, {
      v: { ...volunteer, displayName: 'Aoi T.', notes: 'forged', company: 'Evil Corp' },
      s: 'zzzzzzzzz.0.intruder',
    });
    await settle([organizer, ownLaptop, coOrganizer]);

    for (const device of [organizer, ownLaptop]) {
      expect(await device.db.people.get(volunteer.id)).toMatchObject({
        displayName: 'Aoi T.',
        notes: 'Private: looking for a new job',
        company: 'Acme',
      });
    }
    expect(await coOrganizer.db.people.get(volunteer.id)).toMatchObject({
      displayName: 'Aoi T.',
      notes: "Co-organizer's own note",
      company: '',
    });
  });

  it('brings in a volunteer once they get a shift in the series', async () => {
    const { organizer, coOrganizer } = await organizers();
    const { event } = await volunteerOn(organizer);
    for (const device of [organizer, coOrganizer]) await device.replicator.start();
    await settle([organizer, coOrganizer]);
    const newcomer = await createPerson(organizer.db, { displayName: 'Bruno' });
    await settle([organizer, coOrganizer]);
    expect(await coOrganizer.db.people.get(newcomer.id)).toBeUndefined();
    await createShift(organizer.db, {
      eventId: event.id,
      personId: newcomer.id,
      startsAt: 10_000,
      endsAt: 20_000,
    });
    await settle([organizer, coOrganizer]);
    expect(await coOrganizer.db.people.get(newcomer.id)).toMatchObject({ displayName: 'Bruno' });
  });

  it("never publishes a viewer's edits, which the server would refuse", async () => {
    const relay = new TestRelay();
    const organizer = new TestDevice(relay, 'organizer', [PERSONAL_SPACE, roster]);
    const viewer = new TestDevice(relay, 'viewer', [
      coOrganizerSpace,
      { ...roster, role: 'viewer' },
    ]);
    devices.push(organizer, viewer);
    const { volunteer } = await volunteerOn(organizer);
    for (const device of [organizer, viewer]) await device.replicator.start();
    await settle([organizer, viewer]);
    expect(await viewer.db.people.get(volunteer.id)).toMatchObject({ displayName: 'Aoi Tanaka' });

    await updatePerson(viewer.db, volunteer.id, { displayName: 'Edited by a viewer' });
    await settle([organizer, viewer]);
    const shared = [...relay.documents]
      .filter(([name]) => name.startsWith(`space:${roster.spaceId}/`))
      .flatMap(([, doc]) => [...rowsOf(doc).values()]);
    expect(JSON.stringify(shared)).not.toContain('Edited by a viewer');
    expect((await organizer.db.people.get(volunteer.id))?.displayName).toBe('Aoi Tanaka');
  });
});
