import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERACTION_KINDS } from '../domain/entities';
import {
  isNewerInteraction,
  latestInteractionRow,
  latestInteractionStamp,
  newestLiveInteraction,
  type InteractionStamp,
} from './latest-interaction';

const AT = Date.UTC(2026, 5, 1);

function stamp(fields: Partial<InteractionStamp> = {}): InteractionStamp {
  return { id: 'i1', personId: 'ada', at: AT, kind: 'met', eventId: 'e1', deletedAt: 0, ...fields };
}

describe('the newest interaction of a person', () => {
  it('is the latest one that is not in the trash', () => {
    const older = stamp({ id: 'a', at: AT - 1 });
    const trashed = stamp({ id: 'b', at: AT + 1, deletedAt: AT + 2 });
    const newest = stamp({ id: 'c', at: AT });
    expect(newestLiveInteraction([older, trashed, newest])).toBe(newest);
    expect(newestLiveInteraction([trashed])).toBeUndefined();
  });

  it('at the same instant, a message beats a meeting: the meeting was followed up', () => {
    const meeting = stamp({ id: 'z' });
    const message = stamp({ id: 'a', kind: 'message', eventId: undefined });
    expect(newestLiveInteraction([meeting, message])).toBe(message);
    expect(newestLiveInteraction([message, meeting])).toBe(message);
  });

  it('does not depend on the order of the interactions (ties go to the larger id)', () => {
    const arbitraryStamp = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      personId: fc.constant('ada'),
      at: fc.integer({ min: 0, max: 3 }),
      kind: fc.constantFrom(...INTERACTION_KINDS),
      eventId: fc.option(fc.constant('e1'), { nil: undefined }),
      deletedAt: fc.constantFrom(0, 0, 5),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryStamp, { selector: (s) => s.id }), (stamps) => {
        const newest = newestLiveInteraction(stamps);
        expect(newestLiveInteraction([...stamps].reverse())).toBe(newest);
        for (const other of stamps) {
          if (other !== newest && other.deletedAt === 0 && newest) {
            expect(isNewerInteraction(other, newest)).toBe(false);
          }
        }
      }),
    );
  });
});

describe('the stored row', () => {
  it('carries meetingAt only for a meeting at an event, and stands for the same interaction', () => {
    expect(latestInteractionRow(stamp()).meetingAt).toBe(AT);
    expect(latestInteractionRow(stamp({ eventId: undefined }))).not.toHaveProperty('meetingAt');
    expect(latestInteractionRow(stamp({ kind: 'call' }))).not.toHaveProperty('meetingAt');
    expect(latestInteractionStamp(latestInteractionRow(stamp()))).toEqual(stamp());
  });
});
