// The person page's small chart: interactions with this person per month over the last year, by
// kind, from the timeline the page already read (no read of its own). Loaded lazily
// (lazy-small-charts.tsx), so the person page does not pull Plot into the first bundle.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERACTION_KINDS } from '../../../shared/domain/entities';
import { lastMonths, monthsOf } from '../../../shared/insights/insight-months';
import { interactionsPerMonth } from '../../../shared/insights/interactions-per-month';
import { useFormatters } from '../../i18n/format';
import type { TimelineRow } from '../person/use-person-timeline';
import '../../styles/insights.css';
import { stackedMonthBars } from './chart-options';
import { legendOf } from './chart-palette';
import { InsightChart } from './insight-chart';
import { monthTable, monthValues } from './month-table';
import { useMonthFormat } from './use-month-format';
import { userZoneClock } from './user-zone-clock';

const MONTHS = 12;

export function PersonInteractionsChart({ entries }: { entries: readonly TimelineRow[] }) {
  const { t } = useTranslation('insights');
  const { t: tPerson } = useTranslation('person');
  const format = useFormatters();
  const months = useMonthFormat();
  const [now] = useState(() => Date.now());

  const chart = useMemo(() => {
    const clock = userZoneClock();
    const range = lastMonths(clock, now, MONTHS);
    const interactions = entries.flatMap((row) =>
      row.kind === 'interaction' ? [row.interaction] : [],
    );
    const counts = interactionsPerMonth(interactions, clock, range);
    if (counts.length === 0) return null;
    const figures = counts.map((row) => ({ month: row.month, key: row.kind, value: row.count }));
    const kinds = INTERACTION_KINDS.filter((kind) => counts.some((row) => row.kind === kind));
    const legend = legendOf(kinds, (kind) => tPerson(`kinds.${kind}`));
    const monthList = monthsOf(range);
    return {
      legend,
      options: stackedMonthBars(monthValues(figures, monthList, kinds, false), {
        yLabel: t('person.y'),
        legend,
        formatMonth: months.ofDate,
        small: true,
      }),
      table: monthTable(
        figures,
        monthList,
        legend,
        { month: months.ofMonth, number: format.number },
        t('month'),
      ),
    };
  }, [entries, now, t, tPerson, months, format]);

  if (!chart) return null;
  return (
    <InsightChart
      id="person-interactions"
      title={t('person.title')}
      fileName="interactions-per-month"
      small
      {...chart}
    />
  );
}
