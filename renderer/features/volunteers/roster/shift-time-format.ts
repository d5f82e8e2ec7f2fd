// Shift times in the UI language. Events store no time zone of their own, so a roster is shown and
// typed in the zone of this computer, like the event's own times (see events/event-time).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface ShiftTimeFormat {
  /** "18:00–21:00", with the dates when the shift is not on the given day. */
  range(startsAt: number, endsAt: number): string;
  hours(hours: number): string;
}

export function useShiftTimeFormat(): ShiftTimeFormat {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit' });
    const hours = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
    return {
      range: (startsAt, endsAt) => time.formatRange(startsAt, Math.max(startsAt, endsAt)),
      hours: (value) => hours.format(value),
    };
  }, [i18n.language]);
}
