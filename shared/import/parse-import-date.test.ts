import { format, parse } from 'date-fns';
import { enUS } from 'date-fns/locale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDayMonthNameYear, parseIsoInstant, parseLocalDateTime } from './parse-import-date';

describe('import dates', () => {
  it('reads LinkedIn’s Connected On as local midnight', () => {
    expect(parseDayMonthNameYear('12 Mar 2024')).toBe(new Date(2024, 2, 12).getTime());
    expect(parseDayMonthNameYear(' 03 jan 2023 ')).toBe(new Date(2023, 0, 3).getTime());
  });

  it.each(['', '31 Feb 2024', '12 March 2024', '12/03/2024', '0 Mar 2024', '12 Mar 24'])(
    'refuses %j rather than guess',
    (text) => expect(parseDayMonthNameYear(text)).toBeNull(),
  );

  it('reads local date-times and refuses impossible ones', () => {
    expect(parseLocalDateTime('2026-10-01 09:12')).toBe(new Date(2026, 9, 1, 9, 12).getTime());
    for (const text of ['2026-13-01 09:12', '2026-02-30 10:00', '2026-10-01 24:00', '2026-10-01'])
      expect(parseLocalDateTime(text)).toBeNull();
  });

  it('agrees with date-fns parse on every day of the pattern', () => {
    const date = fc.date({
      min: new Date(1950, 0, 1),
      max: new Date(2100, 0, 1),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, (at) => {
        const day = `${at.getDate()} ${format(at, 'MMM', { locale: enUS })} ${at.getFullYear()}`;
        const expected = parse(day, 'd MMM yyyy', new Date(0), { locale: enUS }).getTime();
        expect(parseDayMonthNameYear(day)).toBe(expected);
      }),
    );
  });

  it('reads ISO instants with a zone only', () => {
    expect(parseIsoInstant('2026-10-20T18:55:10.000Z')).toBe(Date.UTC(2026, 9, 20, 18, 55, 10));
    expect(parseIsoInstant('2026-10-20T18:55:10')).toBeNull();
  });
});
