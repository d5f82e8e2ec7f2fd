import { describe, expect, it } from 'vitest';
import { buildCalendarFile, followUpUid } from './build-ics';
import { hallwayEventUid } from './calendar-uid';
import { parseCalendar } from './parse-ics';
import { planCalendarImport } from './plan-calendar-import';

const event = {
  id: 'e1',
  name: 'Rust.Tokyo, #43; もくもく会',
  startsAt: Date.UTC(2030, 0, 15, 10),
  endsAt: Date.UTC(2030, 0, 15, 12),
  location: 'Shibuya',
  url: 'https://example.com/e/43',
  notes: 'Line one\nLine two',
};

const exported = (now: number) =>
  buildCalendarFile({
    events: [event],
    followUps: [
      {
        id: 'f1',
        dueAt: Date.UTC(2030, 0, 16, 16),
        summary: 'Follow up: Aoi',
        description: 'Send the slides',
      },
    ],
    timeZone: 'Asia/Tokyo',
    now,
  });

describe('buildCalendarFile', () => {
  it('writes events in UTC and follow-ups as VTODOs due on their day in the user’s zone', () => {
    const text = exported(Date.UTC(2029, 11, 1));
    expect(text).toContain('\r\nDTSTART:20300115T100000Z\r\n');
    expect(text).toContain('\r\nBEGIN:VTODO\r\n');
    // 16:00 UTC on the 16th is already the 17th in Tokyo.
    expect(text).toContain('\r\nDUE;VALUE=DATE:20300117\r\n');
    expect(text).toContain('SUMMARY:Rust.Tokyo\\, #43\\; もくもく会');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('keeps UIDs from one export to the next, and Hallway’s import finds its events by them', () => {
    const first = exported(Date.UTC(2029, 11, 1));
    const second = exported(Date.UTC(2029, 11, 8));
    const uids = (text: string) => text.match(/^UID:[^\r]*/gm);
    expect(uids(first)).toEqual([`UID:${hallwayEventUid('e1')}`, `UID:${followUpUid('f1')}`]);
    expect(uids(second)).toEqual(uids(first));
    const parsed = parseCalendar(second, { timeZone: 'Asia/Tokyo' });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.events[0]).toMatchObject({ name: event.name, description: event.notes });
    const plan = planCalendarImport(parsed.events, [{ ...event }]);
    expect(plan.unchanged).toHaveLength(1);
    expect(plan.added).toHaveLength(0);
  });
});
