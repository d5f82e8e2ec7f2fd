// Upgrades as a user's machine meets them: a database written by the app of schema 1, 8 or 14
// (only the migrations up to it, rows in that version's shape, derived fields and tables as that
// app left them: missing, stale or wrong), opened by today's HallwayDatabase and brought up to date
// by ensureDerivedCurrent at start. Every source row survives field by field, and the derived data
// equals what a rebuild computes from the stored sources, for every registered module.
import { afterEach, describe, expect, it } from 'vitest';
import {
  LIVE,
  type FollowUp,
  type HallwayEvent,
  type Interaction,
  type Person,
  type Setting,
  type Topic,
  type VolunteerShift,
} from '../../../shared/domain/entities';
import { introductionFixture } from '../../../shared/domain/introduction-fixture';
import { personFixture } from '../../../shared/domain/person-fixture';
import type { IntroductionDismissal } from '../../../shared/introductions/introduction-dismissal';
import { nameMatchKeys } from '../../../shared/people/name-match-keys';
import { sortNameOf } from '../../../shared/people/sort-name';
import { pairKey } from '../../../shared/suggestions/introduction-profile';
import { compareDerivedWithRecomputation } from '../../data/derived-recomputation';
import { derivedDataIsCurrent, ensureDerivedCurrent } from '../../data/rebuild-derived';
import { keyOf, type SourceTable } from '../../data/source-tables';
import { LANGUAGE_SETTING_KEY } from '../../i18n/language-preference';
import { CURRENT_SCHEMA_VERSION, HallwayDatabase } from '../database';
import { openPlainAtVersion } from './migration-test-harness';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 1);
const CREATED = NOW - 400 * DAY;
const FIRST_MEETUP = NOW - 20 * DAY;
const NEXT_MEETUP = NOW + 10 * DAY;

/** The fields of a person the database derives (renderer/data/derived): recomputed, not kept. */
const PERSON_DERIVED_FIELDS = [
  'emailKeys',
  'linkKeys',
  'nameKeys',
  'sortName',
  'lastContactAt',
  'nextContactDueAt',
] as const;

function withoutDerivedFields(person: Person): Partial<Person> {
  const source: Partial<Person> = { ...person };
  for (const field of PERSON_DERIVED_FIELDS) delete source[field];
  return source;
}

/** A person as the app of `version` stored them. */
function personAt(
  version: number,
  fields: Partial<Person> & Pick<Person, 'id' | 'displayName'>,
): Person {
  const { nameReading = '', displayName } = fields;
  const person = personFixture({
    createdAt: CREATED,
    updatedAt: CREATED,
    emailKeys: (fields.emails ?? []).map((email) => email.trim().toLowerCase()),
    // Before version 4 the sort key was the lower-cased name, nothing folded.
    sortName:
      version < 4
        ? (nameReading || displayName).toLowerCase()
        : sortNameOf(nameReading, displayName),
    ...fields,
  });
  // Before version 3 people had no name keys at all; after it, these were never recomputed.
  if (version < 3) delete (person as Partial<Person>).nameKeys;
  return person;
}

const event = (id: string, name: string, startsAt: number): HallwayEvent => ({
  id,
  name,
  series: 'Rust Tokyo',
  kind: 'meetup',
  startsAt,
  endsAt: startsAt + 3 * 3_600_000,
  location: 'Shibuya',
  url: '',
  myRole: 'organizer',
  notes: '',
  createdAt: CREATED,
  updatedAt: CREATED,
  deletedAt: LIVE,
});

const interaction = (
  fields: Partial<Interaction> & Pick<Interaction, 'id' | 'personId' | 'at'>,
): Interaction => ({
  kind: 'met',
  eventId: 'rust-1',
  note: '',
  createdAt: fields.at,
  updatedAt: fields.at,
  deletedAt: LIVE,
  ...fields,
});

const shift = (
  fields: Partial<VolunteerShift> & Pick<VolunteerShift, 'id' | 'personId' | 'eventId'>,
): VolunteerShift => ({
  role: 'reception',
  startsAt: FIRST_MEETUP,
  endsAt: FIRST_MEETUP + 3 * 3_600_000,
  status: 'attended',
  hours: 3,
  note: '',
  createdAt: CREATED,
  updatedAt: CREATED,
  deletedAt: LIVE,
  ...fields,
});

/** Every source row the app of `version` had stored, by table (those the version has). */
function sourcesWrittenBy(version: number): Partial<Record<SourceTable, unknown[]>> {
  const metAda = FIRST_MEETUP + 3_600_000;
  const messagedHanako = FIRST_MEETUP + 2 * DAY;
  const sources: Partial<Record<SourceTable, unknown[]>> = {
    people: [
      personAt(version, {
        id: 'ada',
        displayName: 'Ada Lovelace',
        givenName: 'Ada',
        familyName: 'Lovelace',
        emails: [' Ada@Example.COM'],
        keepInTouchDays: 30,
        lastContactAt: metAda,
        interests: ['rust'],
        // Kept by the app of schema 6 to 14: a due date from an older cadence, now wrong.
        ...(version >= 6 ? { nextContactDueAt: 1 } : {}),
      }),
      personAt(version, { id: 'emile', displayName: 'Émile Zola', company: 'Éditions' }),
      personAt(version, { id: 'zoe', displayName: 'Zoe Baker', keepInTouchDays: 7 }),
      personAt(version, {
        id: 'hanako',
        displayName: '山田 花子',
        familyName: '山田',
        givenName: '花子',
        nameOrder: 'family-given',
        nameReading: 'やまだ はなこ',
        links: ['https://www.linkedin.com/in/hanako/'],
        offers: ['mentoring'],
        keepInTouchDays: 90,
        lastContactAt: messagedHanako,
      }),
      personAt(version, { id: 'gone', displayName: 'Gone Away', deletedAt: NOW - 5 * DAY }),
    ],
    events: [
      event('rust-1', 'Rust Tokyo #1', FIRST_MEETUP),
      {
        ...event('rust-2', 'Rust Tokyo #2', NEXT_MEETUP),
        ...(version >= 14 ? { volunteerRoles: [{ role: 'reception', needed: 2 }] } : {}),
      },
    ],
    interactions: [
      interaction({ id: 'ada-met', personId: 'ada', at: metAda, note: 'Talked about engines' }),
      interaction({ id: 'hanako-met', personId: 'hanako', at: FIRST_MEETUP + 7_200_000 }),
      interaction({
        id: 'hanako-message',
        personId: 'hanako',
        at: messagedHanako,
        kind: 'message',
        eventId: undefined,
        note: 'Sent the slides',
      }),
      interaction({
        id: 'ada-call-trashed',
        personId: 'ada',
        at: NOW - DAY,
        kind: 'call',
        eventId: undefined,
        deletedAt: NOW - DAY,
      }),
    ],
    introductions: [
      introductionFixture({
        id: 'ada-hanako',
        aId: 'ada',
        bId: 'hanako',
        reason: 'Both into Rust',
        statusDates: { idea: NOW - 12 * DAY, made: NOW - 10 * DAY },
        madeAt: NOW - 10 * DAY,
      }),
      introductionFixture({
        id: 'emile-zoe',
        aId: 'emile',
        bId: 'zoe',
        status: 'idea',
        statusDates: { idea: NOW - DAY },
        madeAt: null,
      }),
    ],
    followUps: [
      {
        id: 'ada-follow-up',
        personId: 'ada',
        dueAt: NOW + DAY,
        reason: 'Met at Rust Tokyo #1',
        status: 'snoozed',
        rule: 'met-after-event:rust-1',
        createdAt: NOW - 2 * DAY,
        updatedAt: NOW - 2 * DAY,
      } satisfies FollowUp,
    ],
    volunteerShifts: [
      shift({
        id: 'hanako-reception',
        personId: 'hanako',
        eventId: 'rust-1',
        ...(version >= 8 ? { hoursOverridden: false } : {}),
      }),
      shift({
        id: 'ada-next',
        personId: 'ada',
        eventId: 'rust-2',
        startsAt: NEXT_MEETUP,
        endsAt: NEXT_MEETUP + 3_600_000,
        status: 'confirmed',
        hours: 1,
      }),
    ],
    topics: [
      { key: 'rust', label: 'Rust', aliases: ['rustlang'], createdAt: 1, updatedAt: 2 },
      { key: 'mentoring', label: 'Mentoring', aliases: [], createdAt: 1, updatedAt: 1 },
    ] satisfies Topic[],
    settings: [
      { key: LANGUAGE_SETTING_KEY, value: 'ja', updatedAt: 3 },
      { key: 'followUps.windowDays', value: 14, updatedAt: 4 },
    ] satisfies Setting[],
  };
  if (version >= 5) {
    sources.introductionDismissals = [
      { pairKey: pairKey('ada', 'zoe'), aId: 'ada', bId: 'zoe', dismissedAt: NOW - 3 * DAY },
    ] satisfies IntroductionDismissal[];
  }
  return sources;
}

/** Derived rows the app of `version` left behind that no longer hold (a rebuild replaces them). */
function staleDerivedRowsOf(version: number): Record<string, unknown[]> {
  const stale: Record<string, unknown[]> = {};
  if (version >= 7) stale.contactDue = [{ personId: 'emile', dueAt: 1 }];
  if (version >= 8) stale.volunteerFigures = [{ personId: 'nobody' }];
  if (version >= 14) stale.queueWeekCounts = [{ queue: 'contactDueByDate', week: 0, count: 99 }];
  return stale;
}

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function upgradeFrom(version: number) {
  const name = `upgrade-from-${version}-${crypto.randomUUID()}`;
  const sources = sourcesWrittenBy(version);
  const old = await openPlainAtVersion(name, version);
  for (const [table, rows] of Object.entries({ ...sources, ...staleDerivedRowsOf(version) })) {
    await old.table(table).bulkAdd(rows);
  }
  old.close();

  const db = new HallwayDatabase(name);
  opened.push(db);
  await db.open();
  const rebuilt = await ensureDerivedCurrent(db);
  return { db, sources, rebuilt };
}

/** Rows by primary key, people without their derived fields. */
function byKey(table: SourceTable, rows: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(
    rows.map((row) => [
      keyOf(table, row as never),
      table === 'people' ? withoutDerivedFields(row as Person) : row,
    ]),
  );
}

describe.each([1, 8, 14])('a database written at schema %i', (version) => {
  it('keeps every source row, field by field', async () => {
    const { db, sources } = await upgradeFrom(version);

    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(sources) as [SourceTable, unknown[]][]) {
      expect(byKey(table, await db.table(table).toArray()), table).toEqual(byKey(table, rows));
    }
  });

  it('is rebuilt at start: every derived table and person field equals a recomputation', async () => {
    const { db, rebuilt } = await upgradeFrom(version);

    expect(rebuilt).toBe(true);
    expect(await derivedDataIsCurrent(db)).toBe(true);
    const { stored, recomputed, stalePeople } = await compareDerivedWithRecomputation(db);
    expect(stored).toEqual(recomputed);
    expect(stalePeople).toEqual([]);
    expect(await ensureDerivedCurrent(db)).toBe(false);
  });

  it('answers through the derived fields: sorted by folded names, duplicates by name keys, due dates', async () => {
    const { db } = await upgradeFrom(version);

    const listed = await db.people
      .where('[deletedAt+sortName]')
      .between([LIVE, ''], [LIVE, '\uffff'])
      .primaryKeys();
    expect(listed).toEqual(['ada', 'emile', 'zoe', 'hanako']);
    const hanako = (await db.people.get('hanako'))!;
    expect(hanako.nameKeys).toEqual(nameMatchKeys(hanako));
    const sharingNameKeys = await db.people.where('nameKeys').anyOf(hanako.nameKeys).primaryKeys();
    expect(new Set(sharingNameKeys)).toEqual(new Set(['hanako']));
    expect(await db.people.where('emailKeys').equals('ada@example.com').primaryKeys()).toEqual([
      'ada',
    ]);
    expect(hanako.linkKeys).not.toEqual([]);
    expect(await db.people.where('linkKeys').anyOf(hanako.linkKeys).primaryKeys()).toEqual([
      'hanako',
    ]);
    const ada = (await db.people.get('ada'))!;
    expect(ada.nextContactDueAt).toBe(ada.lastContactAt + 30 * DAY);
    expect((await db.people.get('emile'))?.nextContactDueAt ?? 0).toBe(0);
  });
});
