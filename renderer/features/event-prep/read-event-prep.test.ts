import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { createEvent } from '../../data/writes/events-writes';
import { addFollowUp, completeFollowUp } from '../../data/writes/follow-ups-writes';
import { logInteraction } from '../../data/writes/interactions-writes';
import { createPerson, trashPerson } from '../../data/writes/people-writes';
import { readEventPrep } from './read-event-prep';

const DAY = 86_400_000;
const NOW = Date.UTC(2030, 5, 1, 10);

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('readEventPrep', () => {
  it('names who is likely there, leaves out the trashed, and says what you owe each', async () => {
    const db = new HallwayDatabase(`event-prep-${crypto.randomUUID()}`);
    opened.push(db);
    const earlier = await createEvent(db, {
      name: 'Kyoto JS 1',
      series: 'Kyoto JS',
      startsAt: NOW - 30 * DAY,
    });
    const next = await createEvent(db, {
      name: 'Kyoto JS 2',
      series: 'Kyoto JS',
      startsAt: NOW + 7 * DAY,
    });
    const [rsvp, regular, answered, trashed] = await Promise.all(
      ['Rin RSVP', 'Reg Ular', 'Ann Swered', 'Tom Trashed'].map((displayName) =>
        createPerson(db, { displayName }),
      ),
    );
    await logInteraction(db, {
      personId: rsvp.id,
      at: next.startsAt,
      kind: 'met',
      eventId: next.id,
    });
    const meetings = [];
    for (const person of [regular, answered, trashed]) {
      meetings.push(
        await logInteraction(db, {
          personId: person.id,
          at: earlier.startsAt,
          kind: 'met',
          eventId: earlier.id,
        }),
      );
    }
    await trashPerson(db, trashed.id);
    await addFollowUp(db, { personId: regular.id, dueAt: NOW, reason: 'Send the slides' });
    await completeFollowUp(db, {
      personId: answered.id,
      rule: `met:${meetings[1].id}`,
      dueAt: NOW,
      reason: '',
    });

    const prep = await readEventPrep(db, next);
    const byName = new Map(prep.attendees.map((a) => [a.person.displayName, a]));
    // The linked first; the two regulars tie (one event each, the same day) and go by id.
    expect([...byName.keys()][0]).toBe('Rin RSVP');
    expect([...byName.keys()].sort()).toEqual(['Ann Swered', 'Reg Ular', 'Rin RSVP']);
    expect(byName.get('Rin RSVP')).toMatchObject({ linked: true, unansweredMeeting: false });
    expect(byName.get('Reg Ular')).toMatchObject({
      linked: false,
      series: { count: 1, lastAt: earlier.startsAt },
      unansweredMeeting: true,
      followUps: [expect.objectContaining({ reason: 'Send the slides', status: 'open' })],
    });
    expect(byName.get('Ann Swered')).toMatchObject({ unansweredMeeting: false, followUps: [] });
  });
});
