// Numbers and dates in the UI language, through Intl (never hand-formatted).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  number(value: number): string;
  date(value: number | Date): string;
}

export function createFormatters(language: string): Formatters {
  const numberFormat = new Intl.NumberFormat(language);
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'full' });
  return {
    number: (value) => numberFormat.format(value),
    date: (value) => dateFormat.format(value),
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => createFormatters(i18n.language), [i18n.language]);
}
