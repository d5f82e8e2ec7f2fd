import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHIFT_STATUSES, type ShiftStatus } from '../domain/entities';
import {
  computeFigures,
  emptyFigures,
  summariseFigures,
  updateFigures,
  type FiguresShift,
} from './volunteer-figures';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 5, 1);

function shift(
  eventId: string,
  role: string,
  status: ShiftStatus,
  daysAgo: number,
  hours = 2,
): FiguresShift {
  const endsAt = NOW - daysAgo * DAY;
  return {
    personId: 'hanako',
    eventId,
    role,
    startsAt: endsAt - hours * HOUR,
    endsAt,
    status,
    hours,
    deletedAt: 0,
  };
}

describe('volunteer figures', () => {
  it('counts events, hours, roles and the last time from attended shifts only', () => {
    const figures = computeFigures('hanako', [
      shift('march', 'reception', 'attended', 60, 2),
      shift('march', 'cleanup', 'attended', 60, 1.5),
      shift('april', 'reception', 'attended', 30, 3),
      shift('may', 'photos', 'no-show', 10),
      shift('june', 'mc', 'invited', -5),
    ]);
    expect(summariseFigures(figures, NOW)).toEqual({
      personId: 'hanako',
      eventsVolunteered: 2,
      totalHours: 6.5,
      reliability: 3 / 4,
      lastVolunteeredAt: NOW - 30 * DAY,
      lastAskedAt: NOW + 5 * DAY - 2 * HOUR,
      roles: ['reception', 'cleanup'],
    });
  });

  it('counts a confirmed shift against reliability only once it is over', () => {
    const figures = computeFigures('hanako', [
      shift('april', 'reception', 'attended', 30),
      shift('may', 'reception', 'confirmed', 3),
      shift('june', 'reception', 'confirmed', -3),
    ]);
    expect(summariseFigures(figures, NOW).reliability).toBe(1 / 2);
    expect(summariseFigures(figures, NOW - 10 * DAY).reliability).toBe(1);
  });

  it('has no reliability without shifts that were due, and ignores cancellations and trash', () => {
    const figures = computeFigures('hanako', [
      shift('april', 'reception', 'cancelled', 30),
      shift('may', 'reception', 'invited', 3),
      { ...shift('march', 'reception', 'attended', 60), deletedAt: NOW },
    ]);
    const summary = summariseFigures(figures, NOW);
    expect(summary.reliability).toBeNull();
    expect(summary.eventsVolunteered).toBe(0);
    expect(summary.lastVolunteeredAt).toBeNull();
    expect(summary.lastAskedAt).toBe(NOW - 3 * DAY - 2 * HOUR);
  });

  it('updates on marking attendance, and takes a shift moved to someone else off the record', () => {
    const confirmed = shift('may', 'photos', 'confirmed', 1);
    const attended = { ...confirmed, status: 'attended' as const, hours: 2.5 };
    let figures = updateFigures(emptyFigures('hanako'), null, confirmed);
    expect(summariseFigures(figures, NOW).reliability).toBe(0);
    figures = updateFigures(figures, confirmed, attended);
    expect(summariseFigures(figures, NOW)).toMatchObject({ reliability: 1, totalHours: 2.5 });
    figures = updateFigures(figures, attended, { ...attended, personId: 'ken' });
    expect(figures).toEqual(emptyFigures('hanako'));
  });

  it('maintained write by write, equals a recomputation from the final shifts', () => {
    const write = fc.record({
      slot: fc.integer({ min: 0, max: 5 }),
      shift: fc.option(
        fc.record({
          personId: fc.constantFrom('hanako', 'ken'),
          eventId: fc.constantFrom('e1', 'e2', 'e3'),
          role: fc.constantFrom('reception', 'photos'),
          startsAt: fc.integer({ min: 0, max: 20 }).map((day) => NOW - day * DAY),
          status: fc.constantFrom(...SHIFT_STATUSES),
          hours: fc.constantFrom(0, 0.5, 1 / 3, 2, 2.75),
          deletedAt: fc.constantFrom(0, 0, 0, NOW),
        }),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(write, { maxLength: 30 }),
        fc.integer({ min: -25, max: 5 }),
        (writes, nowDays) => {
          const stored = new Map<number, FiguresShift>();
          let records = { hanako: emptyFigures('hanako'), ken: emptyFigures('ken') };
          for (const { slot, shift: written } of writes) {
            const after = written && {
              ...written,
              endsAt: written.startsAt + written.hours * HOUR,
            };
            const before = stored.get(slot) ?? null;
            records = {
              hanako: updateFigures(records.hanako, before, after),
              ken: updateFigures(records.ken, before, after),
            };
            if (after) stored.set(slot, after);
            else stored.delete(slot);
          }
          const now = NOW + nowDays * DAY;
          for (const personId of ['hanako', 'ken'] as const) {
            const rebuilt = computeFigures(personId, stored.values());
            expect(records[personId]).toEqual(rebuilt);
            expect(summariseFigures(records[personId], now)).toEqual(
              summariseFigures(rebuilt, now),
            );
          }
        },
      ),
    );
  });
});
