// The words of a preview row: what it matched and how, and what else the file says about the
// person (company, first e-mail, attendance). Kept apart from the row component so that the
// wording can be tested without rendering.
import type { TFunction } from 'i18next';
import type { ImportDecision, PlannedRow } from '../../../../shared/import/import-preview';

export const IMPORT_DECISIONS: readonly ImportDecision[] = ['create', 'merge', 'skip'];

type ImportT = TFunction<'import'>;

export function describeMatch(t: ImportT, row: PlannedRow): string {
  const { match } = row;
  if (!match) return '';
  const how = t(`matchedBy.${match.matchedBy}`, { value: match.value });
  const described =
    match.target === 'person'
      ? t('preview.matchesPerson', { name: match.displayName, how })
      : t('preview.matchesRow', {
          sameRow: t('matchedRow', { line: match.line }),
          name: match.displayName,
          how,
        });
  return row.upToDate
    ? t('preview.andUpToDate', { described, upToDate: t('upToDate') })
    : described;
}

export function describeRowDetails(t: ImportT, row: PlannedRow): string {
  const { person, attendance, volunteer } = row;
  const work = [person.company, person.role].filter((part) => part.trim() !== '').join(' · ');
  return [
    work,
    person.emails[0] ?? '',
    attendance ? t(`attendance.${attendance.status}`) : '',
    volunteer ? [volunteer.role, volunteer.shift].filter(Boolean).join(' ') : '',
  ]
    .filter((part) => part !== '')
    .join(' — ');
}
