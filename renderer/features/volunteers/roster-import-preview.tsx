// What a roster import will do, row by row: the person (matched to someone stored, or new), the
// role and the time; then the rows that will not be imported, each with its line and reason.
import { useTranslation } from 'react-i18next';
import type { RosterImportPlan } from '../../../shared/volunteers/roster-import-plan';
import { useVolunteerCellFormat } from './volunteer-cell-format';

export function RosterImportPreview({ plan }: { plan: RosterImportPlan }) {
  const { t, i18n } = useTranslation('volunteers');
  const format = useVolunteerCellFormat();
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  const matched = plan.rows.filter((row) => row.who.kind === 'existing').length;
  const created = new Set(
    plan.rows.flatMap((row) => (row.who.kind === 'new' ? [row.who.newKey] : [])),
  ).size;
  return (
    <div className="roster-import__preview">
      <p role="status">
        {t('rosterImport.summary', { matched, created, rejected: plan.rejected.length })}
      </p>
      {plan.rows.length > 0 && (
        <table className="roster-import__table">
          <thead>
            <tr>
              <th scope="col">{t('rosterImport.line')}</th>
              <th scope="col">{t('rosterImport.person')}</th>
              <th scope="col">{t('rosterImport.role')}</th>
              <th scope="col">{t('rosterImport.time')}</th>
              <th scope="col">{t('rosterImport.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>
                  {row.person.displayName}
                  {row.person.nameReading && (
                    <span className="roster-import__reading"> {row.person.nameReading}</span>
                  )}
                </td>
                <td>{format.role(row.role)}</td>
                <td>{time.formatRange(row.startsAt, row.endsAt)}</td>
                <td>
                  {row.alreadyOnRoster
                    ? t('rosterImport.alreadyOnRoster')
                    : row.who.kind === 'existing'
                      ? t('rosterImport.matches', { name: row.who.displayName })
                      : t('rosterImport.newPerson')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.rejected.length > 0 && (
        <div className="roster-import__rejected">
          <h3>{t('rosterImport.rejectedTitle')}</h3>
          <ul>
            {plan.rejected.map((rejection) => (
              <li key={`${rejection.line}-${rejection.reason}`}>
                {t('rosterImport.rejectedRow', {
                  line: rejection.line,
                  reason: t(`rosterImport.reasons.${rejection.reason}`, {
                    value: rejection.value ?? '',
                    field: rejection.field ? t(`fields.${rejection.field}`, { ns: 'import' }) : '',
                    limit: rejection.limit ?? 0,
                  }),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
