import { describe, expect, it } from 'vitest';
import { rankLikelyAttendees } from './likely-attendees';

const live = () => true;

describe('rankLikelyAttendees', () => {
  it('names the linked first, then the series’ regulars by events attended and recency', () => {
    const result = rankLikelyAttendees({
      metThere: ['rsvp'],
      shifts: [
        { personId: 'volunteer', status: 'confirmed', deletedAt: 0 },
        { personId: 'cancelled', status: 'cancelled', deletedAt: 0 },
      ],
      earlierInSeries: [
        { startsAt: 100, personIds: ['often', 'once-long-ago', 'rsvp'] },
        { startsAt: 200, personIds: ['often', 'twice-recent'] },
        { startsAt: 300, personIds: ['often', 'twice-recent', 'once-recent', 'cancelled'] },
      ],
      isLive: live,
    });
    expect(result.linked).toEqual(['rsvp', 'volunteer']);
    expect(result.fromSeries).toEqual([
      { personId: 'often', count: 3, lastAt: 300 },
      { personId: 'twice-recent', count: 2, lastAt: 300 },
      { personId: 'cancelled', count: 1, lastAt: 300 },
      { personId: 'once-recent', count: 1, lastAt: 300 },
      { personId: 'once-long-ago', count: 1, lastAt: 100 },
    ]);
    expect(result.more).toBe(0);
  });

  it('caps the regulars and counts the rest; trashed people are never named', () => {
    const result = rankLikelyAttendees({
      metThere: ['trashed-rsvp'],
      shifts: [],
      earlierInSeries: [{ startsAt: 1, personIds: ['a', 'b', 'c', 'd', 'trashed'] }],
      isLive: (id) => !id.startsWith('trashed'),
      limit: 2,
    });
    expect(result.linked).toEqual([]);
    expect(result.fromSeries.map(({ personId }) => personId)).toEqual(['a', 'b']);
    expect(result.more).toBe(2);
  });
});
