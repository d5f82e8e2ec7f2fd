import { describe, expect, it } from 'vitest';
import type { HallwayEvent } from '../domain/entities';
import { recogniseEvent } from './recognise-event';

function event(id: string, fields: Partial<HallwayEvent>): HallwayEvent {
  return {
    id,
    name: '',
    series: '',
    kind: 'meetup',
    startsAt: 0,
    endsAt: null,
    location: '',
    url: '',
    myRole: '',
    notes: '',
    createdAt: 0,
    updatedAt: 0,
    deletedAt: 0,
    ...fields,
  };
}

const tokyo = 'Asia/Tokyo';
const oct20 = Date.UTC(2026, 9, 20, 10); // 19:00 in Tokyo
const events = [
  event('older', { name: 'Rust Tokyo', startsAt: Date.UTC(2026, 8, 20, 10) }),
  event('same-day', { name: 'Rust  TOKYO', startsAt: Date.UTC(2026, 9, 20, 9) }),
  event('page', { name: 'Other', startsAt: 0, url: 'https://connpass.com/event/1/' }),
  event('gone', { name: 'Rust Tokyo', startsAt: oct20, deletedAt: 5 }),
];

describe('the event a list was imported into before', () => {
  it('is the live event with the same name on the same day', () => {
    expect(recogniseEvent(events, { name: 'rust tokyo', startsAt: oct20 }, tokyo)?.id).toBe(
      'same-day',
    );
    expect(
      recogniseEvent(events, { name: 'rust tokyo', startsAt: Date.UTC(2026, 9, 25) }, tokyo),
    ).toBeNull();
  });

  it('is the event with the file’s own page, whatever its name', () => {
    expect(
      recogniseEvent(events, { name: 'x', url: 'http://connpass.com/event/1' }, tokyo)?.id,
    ).toBe('page');
  });

  it('is the newest of that name when the file gives no date', () => {
    expect(recogniseEvent(events, { name: 'Rust Tokyo' }, tokyo)?.id).toBe('same-day');
    expect(recogniseEvent(events, { name: 'Go Tokyo' }, tokyo)).toBeNull();
  });
});
