// The Volunteers screen: everyone who has volunteered, with their events, hours, reliability, last
// time and roles (one read of the per-volunteer figures, see load-volunteer-rows), sortable and
// filterable, exported as CSV as shown; and "who to ask next" for an upcoming event's open roles.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { EmptyState } from '../../app/empty-state';
import { Screen } from '../../app/screen';
import { useFormatters } from '../../i18n/format';
import '../../styles/volunteers.css';
import {
  filterVolunteerRows,
  isFiltering,
  NO_VOLUNTEER_FILTER,
  rolesInRows,
  sortVolunteerRows,
  toggleSort,
  type VolunteerFilter,
  type VolunteerSort,
} from '../../../shared/volunteers/volunteer-table';
import { AskForUpcomingEvent } from './ask-for-upcoming-event';
import { useExportVolunteers } from './use-export-volunteers';
import { useVolunteerRows } from './use-volunteer-rows';
import { VolunteersFilters } from './volunteers-filters';
import { installVolunteersTestHookIfTesting } from './volunteers-test-hook';
import { VolunteersTable } from './volunteers-table';

export function VolunteersScreen() {
  const { t } = useTranslation('volunteers');
  const format = useFormatters();
  const db = useDatabase();
  useEffect(() => installVolunteersTestHookIfTesting(db), [db]);
  const [now] = useState(() => Date.now());
  const rows = useVolunteerRows(now);
  const [sort, setSort] = useState<VolunteerSort>({ column: 'hours', direction: 'descending' });
  const [filter, setFilter] = useState<VolunteerFilter>(NO_VOLUNTEER_FILTER);
  const exportRows = useExportVolunteers();
  const roles = useMemo(() => (rows ? rolesInRows(rows) : []), [rows]);
  const shown = useMemo(
    () => (rows ? sortVolunteerRows(filterVolunteerRows(rows, filter), sort) : []),
    [rows, filter, sort],
  );

  return (
    <Screen title={t('title')}>
      <AskForUpcomingEvent now={now} />
      <section className="volunteers" aria-labelledby="volunteers-everyone">
        <h2 id="volunteers-everyone" className="volunteers__heading">
          {t('everyone')}
        </h2>
        {rows === undefined ? (
          <p className="muted" aria-busy="true">
            {t('loading')}
          </p>
        ) : rows.length === 0 ? (
          <EmptyState title={t('emptyTitle')} body={t('emptyBody')} />
        ) : (
          <>
            <div className="volunteers__toolbar">
              <VolunteersFilters filter={filter} roles={roles} onChange={setFilter} />
              <button
                type="button"
                className="button"
                disabled={shown.length === 0}
                onClick={() => void exportRows(shown)}
              >
                {t('csv.export')}
              </button>
            </div>
            <p className="volunteers__summary" role="status">
              {isFiltering(filter)
                ? t('summaryFiltered', {
                    count: rows.length,
                    shown: format.number(shown.length),
                    formattedCount: format.number(rows.length),
                  })
                : t('summary', { count: rows.length, formattedCount: format.number(rows.length) })}
            </p>
            {shown.length === 0 ? (
              <p className="volunteers__no-matches">{t('noMatches')}</p>
            ) : (
              <VolunteersTable
                rows={shown}
                sort={sort}
                onSort={(column) => setSort((current) => toggleSort(current, column))}
              />
            )}
          </>
        )}
      </section>
    </Screen>
  );
}
