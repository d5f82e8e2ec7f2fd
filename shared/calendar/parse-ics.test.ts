import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCalendar, type CalendarEvent } from './parse-ics';

const fixture = (name: string) =>
  readFileSync(new URL(`../../e2e/fixtures/ics/${name}`, import.meta.url), 'utf8');

function parsed(name: string, timeZone = 'Asia/Tokyo') {
  const result = parseCalendar(fixture(name), { timeZone });
  if (!result.ok) throw new Error(result.message);
  return result;
}

const byUid = (events: CalendarEvent[], uid: string) => events.find((event) => event.uid === uid)!;
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

describe('parseCalendar', () => {
  it('reads a connpass file: TZID=Asia/Tokyo through its VTIMEZONE, folded and escaped text', () => {
    const { events, invalid } = parsed('connpass.ics');
    expect(invalid).toEqual([]);
    const mokumoku = byUid(events, 'connpass-event-301234@connpass.com');
    expect(mokumoku).toMatchObject({
      name: 'Rust.Tokyo もくもく会 #42',
      location: '東京都渋谷区道玄坂1-2-3 (Shibuya Stream 5F)',
      url: 'https://rust-tokyo.connpass.com/event/301234/',
      allDay: false,
      line: 17,
    });
    expect(iso(mokumoku.startsAt)).toBe('2030-01-15T10:00:00.000Z');
    expect(iso(mokumoku.endsAt)).toBe('2030-01-15T12:00:00.000Z');
    expect(mokumoku.description).toBe(
      'もくもく会です。\nLT枠あり, 懇親会あり。 Rust初心者歓迎！詳しくはイベントページをご覧ください。',
    );
  });

  it('reads a Meetup event across the spring-forward night in New York from the file’s rules', () => {
    const { events } = parsed('meetup.ics');
    const hackNight = byUid(events, 'event_305551234@meetup.com');
    // 22:00 EST is 03:00 UTC; 04:00 the next morning is already EDT (08:00 UTC): five hours.
    expect(iso(hackNight.startsAt)).toBe('2030-03-10T03:00:00.000Z');
    expect(iso(hackNight.endsAt)).toBe('2030-03-10T08:00:00.000Z');
    expect(hackNight.location).toBe('Flatiron Building (175 5th Ave, New York, NY)');
    const monthly = byUid(events, 'event_305559999@meetup.com');
    expect(iso(monthly.startsAt)).toBe('2030-04-15T22:30:00.000Z');
  });

  it('reads UTC times, all-day dates in the user’s zone, and a TZID without VTIMEZONE (Luma)', () => {
    const tokyo = parsed('luma.ics', 'Asia/Tokyo').events;
    expect(iso(byUid(tokyo, 'evt-Kx8fQ2mZ@lu.ma').startsAt)).toBe('2030-02-20T09:00:00.000Z');
    const conf = byUid(tokyo, 'evt-Yw3pLr7N@lu.ma');
    expect(conf.allDay).toBe(true);
    expect(iso(conf.startsAt)).toBe('2030-02-28T15:00:00.000Z');
    expect(iso(conf.endsAt)).toBe('2030-03-02T15:00:00.000Z');
    // The same all-day dates for someone in New York begin at New York's midnight.
    const newYork = parsed('luma.ics', 'America/New_York').events;
    expect(iso(byUid(newYork, 'evt-Yw3pLr7N@lu.ma').startsAt)).toBe('2030-03-01T05:00:00.000Z');
    // Europe/Berlin goes to summer time at 02:00 on 31 March: 23:00 CET to 04:00 CEST is 4 hours.
    const night = byUid(tokyo, 'evt-Ber1inDST@lu.ma');
    expect(iso(night.startsAt)).toBe('2030-03-30T22:00:00.000Z');
    expect(iso(night.endsAt)).toBe('2030-03-31T02:00:00.000Z');
  });

  it('lists each VEVENT that cannot be an event with its line and reason, keeping the rest', () => {
    const { events, invalid } = parsed('with-invalid-events.ics');
    expect(events.map((event) => event.name)).toEqual(['Kotlin Fest 2030']);
    expect(invalid).toEqual([
      { line: 11, reason: 'missing-start', name: 'Date to be announced' },
      { line: 16, reason: 'unknown-time-zone', name: 'Windows time zone name' },
      { line: 22, reason: 'ends-before-start', name: 'Ends before it starts' },
    ]);
  });

  it('reads floating times in the user’s zone and DURATION as the end', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:floating-1',
      'DTSTART:20301105T183000',
      'DURATION:PT1H30M',
      'SUMMARY:Floating',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const result = parseCalendar(text, { timeZone: 'Europe/Berlin' });
    expect(
      result.ok && result.events.map((event) => [iso(event.startsAt), iso(event.endsAt)]),
    ).toEqual([['2030-11-05T17:30:00.000Z', '2030-11-05T19:00:00.000Z']]);
  });

  it('fails a file that is not iCalendar at all', () => {
    expect(parseCalendar('name,email\nAda,ada@example.com', { timeZone: 'UTC' }).ok).toBe(false);
  });
});
