// The event page's small chart: this event's volunteer hours by role (attended shifts), from the
// event's shifts only (the eventId index). Shown once someone has volunteered there. Loaded lazily
// (lazy-small-charts.tsx), so the event page does not pull Plot into the first bundle.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hoursByRole } from '../../../shared/insights/hours-by-role';
import { useDatabase } from '../../app/database-context';
import { readEventShifts } from '../../repositories/insights-repository';
import '../../styles/insights.css';
import { useVolunteerCellFormat } from '../volunteers/volunteer-cell-format';
import { horizontalBars } from './chart-options';
import { CHART_PALETTE } from './chart-palette';
import { InsightChart } from './insight-chart';

export function EventHoursChart({ eventId }: { eventId: string }) {
  const { t } = useTranslation('insights');
  const db = useDatabase();
  const format = useVolunteerCellFormat();
  const shifts = useLiveQuery(() => readEventShifts(db, eventId), [db, eventId]);

  const chart = useMemo(() => {
    const roles = hoursByRole(shifts ?? []);
    if (roles.length === 0) return null;
    const rows = roles.map((row) => ({ label: format.role(row.role), value: row.hours }));
    return {
      options: horizontalBars(rows, t('event.x'), CHART_PALETTE[4]),
      table: {
        columns: [t('event.role'), t('event.x')],
        rows: rows.map((row) => [row.label, format.hours(row.value)]),
      },
    };
  }, [shifts, format, t]);

  if (!chart) return null;
  return (
    <InsightChart
      id="event-hours"
      title={t('event.title')}
      fileName="volunteer-hours-by-role"
      legend={[]}
      small
      {...chart}
    />
  );
}
