// Month names in the UI language ("Mar 2026", "2026年3月"). The months were counted in the user's
// time zone already; their label dates are each month's 1st at 00:00 UTC, so they are formatted
// in UTC (shared/insights/insight-months: monthLabelDate).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { monthLabelDate, type MonthIndex } from '../../../shared/insights/insight-months';

export interface MonthFormat {
  ofDate(date: Date): string;
  ofMonth(month: MonthIndex): string;
}

export function useMonthFormat(): MonthFormat {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    return {
      ofDate: (date) => format.format(date),
      ofMonth: (month) => format.format(monthLabelDate(month)),
    };
  }, [i18n.language]);
}
