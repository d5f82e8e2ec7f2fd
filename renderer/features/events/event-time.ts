// Event times in the UI: <input type="datetime-local"> speaks local "yyyy-mm-ddThh:mm" strings,
// the database epoch ms; dates are shown through Intl in the UI language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const pad = (value: number) => String(value).padStart(2, '0');

export function toDateTimeLocalValue(at: number | null): string {
  if (at === null) return '';
  const date = new Date(at);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Epoch ms of a local date-time input value; null when it is empty or incomplete. */
export function fromDateTimeLocalValue(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes] = match.slice(1).map(Number);
  return new Date(year, month - 1, day, hours, minutes).getTime();
}

export interface EventDateFormat {
  dateTime(at: number): string;
  date(at: number): string;
}

export function useEventDateFormat(): EventDateFormat {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
    return { dateTime: (at) => dateTime.format(at), date: (at) => date.format(at) };
  }, [i18n.language]);
}
