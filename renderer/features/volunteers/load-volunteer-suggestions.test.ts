import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { createEvent, setEventRoleNeeds } from '../../data/writes/events-writes';
import { logInteraction } from '../../data/writes/interactions-writes';
import { createPerson, trashPerson, updatePerson } from '../../data/writes/people-writes';
import { createShift } from '../../data/writes/volunteer-shifts-writes';
import { defaultRoleDefinitions } from '../../../shared/volunteers/roles';
import { loadVolunteerSuggestions } from './load-volunteer-suggestions';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 5, 1);
const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const organizerRoles = defaultRoleDefinitions('en');

async function cast() {
  const db = new HallwayDatabase(`who-to-ask-${crypto.randomUUID()}`);
  opened.push(db);
  const meetup = (daysFromNow: number) =>
    createEvent(db, {
      name: `Rust Tokyo ${daysFromNow}`,
      series: 'Rust Tokyo',
      startsAt: NOW + daysFromNow * DAY,
      kind: 'meetup',
    });
  const earlier = [await meetup(-90), await meetup(-60), await meetup(-30)];
  const next = await meetup(7);
  const person = (displayName: string, offers: string[] = []) =>
    createPerson(db, { displayName, offers });
  const reliable = await person('Reliable Rie');
  const photographer = await person('Photo Pat', ['photography']);
  const regular = await person('Regular Ren');
  const trashed = await person('Trashed Tom', ['photography']);
  const alreadyAsked = await person('Asked Aki');
  const stranger = await person('Stranger Sam');
  await trashPerson(db, trashed.id);
  const shift = (eventId: string, personId: string, role: string, status: 'attended' | 'invited') =>
    createShift(db, {
      eventId,
      personId,
      role,
      status,
      startsAt: NOW - 100 * DAY,
      endsAt: NOW - 100 * DAY + 2 * HOUR,
    });
  await shift(earlier[0]!.id, reliable.id, 'reception', 'attended');
  await shift(next.id, alreadyAsked.id, 'reception', 'invited');
  for (const event of earlier) {
    await logInteraction(db, {
      personId: regular.id,
      kind: 'met',
      at: event.startsAt,
      eventId: event.id,
    });
  }
  await logInteraction(db, {
    personId: stranger.id,
    kind: 'met',
    at: earlier[0]!.startsAt,
    eventId: earlier[0]!.id,
  });
  return { db, next, reliable, photographer, regular };
}

describe('who to ask next, read through indexes', () => {
  it('suggests, per open role, a reliable volunteer not asked lately, who offers a matching topic and a regular, with reasons', async () => {
    const { db, next, reliable, photographer, regular } = await cast();
    await setEventRoleNeeds(db, next.id, [
      { role: 'reception', needed: 1 },
      { role: 'photos', needed: 1 },
    ]);
    const suggestions = await loadVolunteerSuggestions(db, next.id, organizerRoles, 'en', NOW);
    const byRole = new Map(suggestions!.roles.map((role) => [role.role, role]));
    expect([...byRole.keys()]).toEqual(['photos']);
    const photos = byRole.get('photos')!;
    expect(photos.candidates.map((candidate) => candidate.displayName)).toEqual([
      'Reliable Rie',
      'Photo Pat',
      'Regular Ren',
    ]);
    expect(photos.candidates[0]).toMatchObject({
      personId: reliable.id,
      reasons: [
        { kind: 'volunteered-before', events: 1, reliability: 1 },
        { kind: 'not-asked-recently', daysSinceAsked: 100 },
      ],
    });
    expect(photos.candidates[1]).toMatchObject({
      personId: photographer.id,
      reasons: [{ kind: 'offers-matching-topics', topics: ['photography'] }],
    });
    expect(photos.candidates[2]).toMatchObject({
      personId: regular.id,
      reasons: [{ kind: 'regular-attendee', eventsAttended: 3 }],
    });
    expect(suggestions!.topicLabels.get('photography')).toBeTruthy();
  });

  it('asks for the places left beside someone invited, never suggesting them again', async () => {
    const { db, next } = await cast();
    await setEventRoleNeeds(db, next.id, [{ role: 'reception', needed: 2 }]);
    const suggestions = await loadVolunteerSuggestions(db, next.id, organizerRoles, 'en', NOW);
    const reception = suggestions!.roles[0]!;
    expect(reception.unasked).toBe(1);
    expect(reception.candidates[0]).toMatchObject({
      displayName: 'Reliable Rie',
      reasons: [
        { kind: 'did-role-before', times: 1 },
        { kind: 'volunteered-before', events: 1 },
        { kind: 'not-asked-recently' },
      ],
    });
    expect(reception.candidates.map((candidate) => candidate.displayName)).not.toContain(
      'Asked Aki',
    );
  });

  it('names a volunteer as now named, and leaves out one moved to the trash', async () => {
    const { db, next, reliable } = await cast();
    await setEventRoleNeeds(db, next.id, [{ role: 'photos', needed: 1 }]);
    await updatePerson(db, reliable.id, { displayName: 'Rie Sato' });
    const renamed = await loadVolunteerSuggestions(db, next.id, organizerRoles, 'en', NOW);
    expect(renamed!.roles[0]!.candidates[0]).toMatchObject({
      personId: reliable.id,
      displayName: 'Rie Sato',
    });
    await trashPerson(db, reliable.id);
    const trashed = await loadVolunteerSuggestions(db, next.id, organizerRoles, 'en', NOW);
    expect(trashed!.roles[0]!.candidates.map((candidate) => candidate.displayName)).toEqual([
      'Photo Pat',
      'Regular Ren',
    ]);
  });

  it('has nothing to say about an unknown event, nor for an event whose roles were never set', async () => {
    const { db, next } = await cast();
    expect(await loadVolunteerSuggestions(db, 'nope', organizerRoles, 'en', NOW)).toBeNull();
    const none = await loadVolunteerSuggestions(db, next.id, organizerRoles, 'en', NOW);
    expect(none).toMatchObject({ hasRoles: false, roles: [] });
  });
});
