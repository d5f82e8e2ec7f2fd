import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { createEvent } from '../../data/writes/events-writes';
import { logInteraction } from '../../data/writes/interactions-writes';
import { createPerson } from '../../data/writes/people-writes';
import { readLikelyAttendees } from './read-likely-attendees';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1, 10);

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('who is likely at an upcoming event', () => {
  it("looks at the series' last three events, however long ago they were", async () => {
    const db = new HallwayDatabase(`likely-attendees-${crypto.randomUUID()}`);
    opened.push(db);
    const daysAgo = [400, 300, 250, 10];
    const events = [];
    for (const days of daysAgo) {
      events.push(
        await createEvent(db, {
          name: `Kyoto JS −${days}`,
          series: 'Kyoto JS',
          startsAt: NOW - days * DAY,
        }),
      );
    }
    const people = [];
    for (const [index, event] of events.entries()) {
      const person = await createPerson(db, { displayName: `Guest ${index}` });
      await logInteraction(db, {
        personId: person.id,
        at: event.startsAt,
        kind: 'met',
        eventId: event.id,
      });
      people.push(person);
    }
    const next = await createEvent(db, {
      name: 'Kyoto JS next',
      series: 'Kyoto JS',
      startsAt: NOW + 2 * DAY,
    });

    const attendees = await readLikelyAttendees(db, [next], new Set());
    expect(attendees.get(next.id)).toEqual([people[3].id, people[2].id, people[1].id]);
  });
});
