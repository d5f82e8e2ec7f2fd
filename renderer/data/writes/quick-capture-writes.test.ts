import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { createEvent } from './events-writes';
import { logInteraction } from './interactions-writes';
import { getPerson } from '../../repositories/people-repository';
import { createPerson } from './people-writes';
import { saveQuickCapture } from './quick-capture-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`quick-capture-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const MEETUP_AT = Date.UTC(2025, 5, 12, 10);

async function tableCounts(db: HallwayDatabase) {
  return {
    events: await db.events.count(),
    people: await db.people.count(),
    interactions: await db.interactions.count(),
    topics: await db.topics.count(),
  };
}

describe('saveQuickCapture', () => {
  it('creates the new event, the people and a met interaction each at the event time', async () => {
    const db = freshDatabase();
    const result = await saveQuickCapture(db, {
      event: { newEvent: { name: 'Rust Tokyo #12', series: 'Rust Tokyo', startsAt: MEETUP_AT } },
      people: [
        { name: 'Aiko Tanaka', note: 'works on Rails at Cookpad' },
        { name: 'Ben Ito', note: '' },
      ],
    });
    const event = await db.events.get(result.eventId);
    expect(event).toMatchObject({ name: 'Rust Tokyo #12', series: 'Rust Tokyo', kind: 'meetup' });
    expect(result.createdPersonIds).toHaveLength(2);
    const [aiko, ben] = await db.people.bulkGet(result.createdPersonIds);
    expect(aiko?.displayName).toBe('Aiko Tanaka');
    expect(ben?.displayName).toBe('Ben Ito');
    const met = await db.interactions.where('eventId').equals(result.eventId).toArray();
    expect(met.map(({ personId, kind, at, note }) => ({ personId, kind, at, note }))).toEqual(
      expect.arrayContaining([
        { personId: aiko?.id, kind: 'met', at: MEETUP_AT, note: 'works on Rails at Cookpad' },
        { personId: ben?.id, kind: 'met', at: MEETUP_AT, note: '' },
      ]),
    );
    expect(aiko?.lastContactAt).toBe(MEETUP_AT);
  });

  it('splits new people’s names into given and family names, family first in Japanese', async () => {
    const db = freshDatabase();
    const result = await saveQuickCapture(db, {
      event: { newEvent: { name: 'Rust Tokyo #13', startsAt: MEETUP_AT } },
      people: [
        { name: '田中 花子', note: '' },
        { name: 'Ada Lovelace', note: '' },
        { name: 'Mary Ann Smith', givenName: 'Mary Ann', familyName: 'Smith', note: '' },
      ],
    });
    const people = await db.people.bulkGet(result.createdPersonIds);
    expect(
      people.map((person) => [person?.familyName, person?.givenName, person?.nameOrder]),
    ).toEqual([
      ['田中', '花子', 'family-given'],
      ['Lovelace', 'Ada', 'given-family'],
      ['Smith', 'Mary Ann', 'given-family'],
    ]);
    expect(people[0]?.displayName).toBe('田中 花子');
  });

  it('puts inline topics in the right lists, with a topics row each, and keeps the rest as note', async () => {
    const db = freshDatabase();
    const result = await saveQuickCapture(db, {
      event: { newEvent: { name: 'Elixir night', startsAt: MEETUP_AT } },
      people: [{ name: 'Chie Mori', note: 'talked about #Rust at work +mentoring ?rust-job' }],
    });
    const chie = await getPerson(db, result.createdPersonIds[0]);
    expect(chie).toMatchObject({ interests: ['rust'], offers: ['mentoring'], asks: ['rust-job'] });
    expect((await db.topics.bulkGet(['rust', 'mentoring', 'rust-job'])).every(Boolean)).toBe(true);
    const [met] = await db.interactions.where('eventId').equals(result.eventId).toArray();
    expect(met.note).toBe('talked about at work');
  });

  it('links an existing person instead of creating a duplicate, and adds their new topics', async () => {
    const db = freshDatabase();
    const earlier = await createEvent(db, { name: 'Rust Tokyo #11', startsAt: MEETUP_AT - 1e9 });
    const dana = await createPerson(db, { displayName: 'Dana Sato', interests: ['go'] });
    await logInteraction(db, {
      personId: dana.id,
      at: earlier.startsAt,
      kind: 'met',
      eventId: earlier.id,
    });
    const result = await saveQuickCapture(db, {
      event: { eventId: earlier.id },
      people: [{ personId: dana.id, name: 'Dana Sato', note: 'now at Mercari #rust #go ?hiring' }],
    });
    expect(result).toMatchObject({ createdPersonIds: [], linkedPersonIds: [dana.id] });
    expect(await db.people.count()).toBe(1);
    const updated = await getPerson(db, dana.id);
    expect(updated).toMatchObject({ interests: ['go', 'rust'], asks: ['hiring'] });
    const meetings = await db.interactions
      .where('[personId+at]')
      .between([dana.id, 0], [dana.id, Infinity])
      .toArray();
    expect(meetings).toHaveLength(2);
  });

  it('moves lastContactAt forward to the event time, never back', async () => {
    const db = freshDatabase();
    const recent = await createPerson(db, { displayName: 'Eri' });
    const stale = await createPerson(db, { displayName: 'Fumi' });
    await logInteraction(db, { personId: recent.id, at: MEETUP_AT + 1_000, kind: 'call' });
    await logInteraction(db, { personId: stale.id, at: MEETUP_AT - 1_000, kind: 'call' });
    await saveQuickCapture(db, {
      event: { newEvent: { name: 'Go night', startsAt: MEETUP_AT } },
      people: [
        { personId: recent.id, name: 'Eri', note: '' },
        { personId: stale.id, name: 'Fumi', note: '' },
      ],
    });
    expect((await getPerson(db, recent.id))?.lastContactAt).toBe(MEETUP_AT + 1_000);
    expect((await getPerson(db, stale.id))?.lastContactAt).toBe(MEETUP_AT);
  });

  it('writes nothing at all when one row fails half-way', async () => {
    const db = freshDatabase();
    const before = await tableCounts(db);
    await expect(
      saveQuickCapture(db, {
        event: { newEvent: { name: 'Rust Tokyo #13', startsAt: MEETUP_AT } },
        people: [
          { name: 'Gen Abe', note: '#wasm' },
          { personId: 'no-such-person', name: 'Ghost', note: '' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await tableCounts(db)).toEqual(before);
  });

  it('refuses a trashed event and the same person listed twice', async () => {
    const db = freshDatabase();
    const event = await createEvent(db, { name: 'Old meetup', startsAt: MEETUP_AT });
    await db.events.update(event.id, { deletedAt: Date.now() });
    await expect(
      saveQuickCapture(db, { event: { eventId: event.id }, people: [] }),
    ).rejects.toMatchObject({ code: 'not-found' });
    const hana = await createPerson(db, { displayName: 'Hana' });
    await expect(
      saveQuickCapture(db, {
        event: { newEvent: { name: 'New meetup', startsAt: MEETUP_AT } },
        people: [
          { personId: hana.id, name: 'Hana', note: '' },
          { personId: hana.id, name: 'Hana', note: 'again' },
        ],
      }),
    ).rejects.toThrow(/once per meetup/);
    expect(await db.interactions.count()).toBe(0);
  });
});
