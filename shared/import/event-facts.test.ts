import { describe, expect, it } from 'vitest';
import { eventFactsFromFile, eventNameFromFileName } from './event-facts';

describe('what an attendee list says about its event', () => {
  it('takes the name from a Luma export’s file name and the date from the first check-in', () => {
    const checkIn = Date.UTC(2026, 9, 20, 9, 55);
    expect(
      eventFactsFromFile('Rust Night Tokyo - Guests - 2026-10-21-09-00-00.csv', 'luma', checkIn),
    ).toEqual({ name: 'Rust Night Tokyo', startsAt: checkIn });
  });

  it('takes the event page from a connpass export’s file name', () => {
    expect(eventFactsFromFile('event_334455_participants.csv', 'connpass', undefined)).toEqual({
      url: 'https://connpass.com/event/334455/',
    });
  });

  it('says nothing it does not know', () => {
    expect(eventFactsFromFile('meetup-attendees.csv', 'meetup', undefined)).toEqual({});
    expect(eventFactsFromFile('event_1_participants.csv', 'luma', undefined)).toEqual({});
  });

  it('names an event after a file otherwise', () => {
    expect(eventNameFromFileName('Tokyo_Rust-Meetup 12.csv')).toBe('Tokyo Rust Meetup 12');
    expect(eventNameFromFileName('guests')).toBe('guests');
  });
});
