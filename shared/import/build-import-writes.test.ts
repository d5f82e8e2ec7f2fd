import { describe, expect, it } from 'vitest';
import { LIVE, type HallwayEvent } from '../domain/entities';
import { personFixture } from '../domain/person-fixture';
import { normaliseTopicKey } from '../topics/normalise-topic-key';
import { buildImportWrites, recordedKey, type ImportWriteContext } from './build-import-writes';
import type { PlannedRow } from './import-preview';
import { buildDraft } from './person-draft';

function row(line: number, name: string, extra: Partial<PlannedRow> = {}): PlannedRow {
  return {
    line,
    person: buildDraft({ displayName: name }, 'test')!,
    decision: 'create',
    upToDate: false,
    ...extra,
  };
}

const event: HallwayEvent = {
  id: 'e1',
  name: 'Rust Tokyo #12',
  series: '',
  kind: 'meetup',
  startsAt: Date.UTC(2026, 9, 20, 10),
  endsAt: Date.UTC(2026, 9, 20, 12),
  location: '',
  url: '',
  myRole: 'attendee',
  notes: '',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: LIVE,
};

function context(fields: Partial<ImportWriteContext> = {}): ImportWriteContext {
  let id = 0;
  return {
    format: 'meetup',
    decisions: new Map(),
    existing: new Map(),
    recorded: new Set(),
    topicKeyOf: normaliseTopicKey,
    event: null,
    timeZone: 'Asia/Tokyo',
    now: 500,
    newId: () => `id-${id++}`,
    ...fields,
  };
}

describe('buildImportWrites', () => {
  it('creates a row merged into an earlier row that the user skipped, and into a vanished person', () => {
    const rows = [
      row(2, 'Mika Ito'),
      row(3, 'Mika Ito', {
        decision: 'merge',
        match: {
          target: 'row',
          line: 2,
          displayName: 'Mika Ito',
          matchedBy: 'name',
          value: 'Mika Ito',
        },
      }),
      row(4, 'Ben', {
        decision: 'merge',
        match: {
          target: 'person',
          personId: 'gone',
          displayName: 'Ben',
          matchedBy: 'name',
          value: 'Ben',
        },
      }),
    ];
    const writes = buildImportWrites(rows, context({ decisions: new Map([[2, 'skip']]) }));
    expect(writes.created.map((person) => person.displayName)).toEqual(['Mika Ito', 'Ben']);
    expect(writes).toMatchObject({ merged: 0, skipped: 1 });
  });

  it('records who attended as met at the event, the others in their notes, once', () => {
    const rows = [
      row(2, 'Aiko', {
        attendance: { status: 'attended', checkedInAt: 900, raw: 'RSVP Yes, attended' },
      }),
      row(3, 'Ben', { attendance: { status: 'rsvp-yes', raw: 'RSVP Yes' } }),
    ];
    const writes = buildImportWrites(rows, context({ event }));
    expect(writes.interactions).toMatchObject([
      {
        personId: writes.created[0]!.id,
        kind: 'met',
        at: 900,
        eventId: 'e1',
        note: 'Meetup: RSVP Yes, attended',
      },
    ]);
    expect(writes.created[0]!.lastContactAt).toBe(900);
    expect(writes.created[1]).toMatchObject({
      notes: 'Rust Tokyo #12: Meetup: RSVP Yes',
      lastContactAt: 0,
    });
  });

  it('does not record again what the person already has, nor move their last contact back', () => {
    const aiko = personFixture({ id: 'p-aiko', displayName: 'Aiko', lastContactAt: 5_000 });
    const match = {
      target: 'person',
      personId: 'p-aiko',
      displayName: 'Aiko',
      matchedBy: 'name',
      value: 'Aiko',
    } as const;
    const rows = [
      row(2, 'Aiko', {
        decision: 'merge',
        match,
        attendance: { status: 'attended', raw: 'Y' },
        firstInteractionAt: 100,
      }),
    ];
    const recorded = new Set([recordedKey.met('p-aiko', 'e1')]);
    const writes = buildImportWrites(
      rows,
      context({ event, existing: new Map([['p-aiko', aiko]]), recorded }),
    );
    expect(writes.interactions).toMatchObject([{ kind: 'other', at: 100 }]);
    expect(writes.updated).toEqual([]);
    expect(writes.merged).toBe(1);
  });

  it('gives a roster’s volunteers shifts at the event, on its day in the user’s zone', () => {
    const rows = [
      row(2, '山田 花子', { volunteer: { role: '受付', shift: '18:00-19:30' } }),
      row(3, '佐藤 健', { volunteer: { role: '撮影', shift: 'evening' } }),
    ];
    const writes = buildImportWrites(rows, context({ event, format: 'generic-csv' }));
    expect(writes.shifts).toMatchObject([
      {
        role: '受付',
        startsAt: Date.UTC(2026, 9, 20, 9),
        endsAt: Date.UTC(2026, 9, 20, 10, 30),
        hours: 1.5,
        note: '',
      },
      { role: '撮影', startsAt: event.startsAt, endsAt: event.endsAt, hours: 2, note: 'evening' },
    ]);
    const withoutEvent = buildImportWrites(rows, context({ format: 'generic-csv' }));
    expect(withoutEvent.shifts).toEqual([]);
    expect(withoutEvent.created[0]!.notes).toBe('受付 18:00-19:30');
  });
});
