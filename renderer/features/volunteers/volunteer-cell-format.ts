// How the Volunteers table (and "who to ask next") shows figures in the UI language: hours to one
// decimal, reliability as a percentage, dates medium, role keys as the organizer's labels joined
// as a list. A missing value reads as a dash, never as 0.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { joinList, messageLanguageOf } from '../../../shared/introductions/message-language';
import { roleLabel } from '../../../shared/volunteers/roles';
import { useRoleDefinitions } from './use-role-definitions';

export interface VolunteerCellFormat {
  count(value: number): string;
  hours(value: number): string;
  reliability(value: number | null): string;
  date(value: number | null): string;
  role(key: string): string;
  roles(keys: readonly string[]): string;
}

const NONE = '—';

export function useVolunteerCellFormat(): VolunteerCellFormat {
  const { i18n } = useTranslation();
  const definitions = useRoleDefinitions();
  return useMemo(() => {
    const language = messageLanguageOf(i18n.language);
    const count = new Intl.NumberFormat(i18n.language);
    const hours = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
    const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
    const role = (key: string) => roleLabel(key, definitions, language);
    return {
      count: (value) => count.format(value),
      hours: (value) => hours.format(value),
      reliability: (value) => (value === null ? NONE : percent.format(value)),
      date: (value) => (value === null ? NONE : date.format(value)),
      role,
      roles: (keys) => (keys.length === 0 ? NONE : joinList(language, keys.map(role))),
    };
  }, [i18n.language, definitions]);
}
