// The Insights screen (issue 15): charts of the user's network over time — people met per month by
// series, introductions and their outcomes, follow-ups done against due, volunteer hours per event
// and a series' top volunteers, growing topics — each with its table and "Save as SVG/PNG", for a
// time range and a series. Loaded on demand with its route (renderer/app/routes.tsx), so
// Observable Plot never reaches the first start's bundle. Each chart card says when its chart is
// drawn (data-rendered), which the benchmark waits on.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../app/empty-state';
import { Screen } from '../../app/screen';
import '../../styles/insights.css';
import { InsightChart } from './insight-chart';
import { InsightsFilters } from './insights-filters';
import { useInsightCharts } from './use-insight-charts';
import { useInsights } from './use-insights';

const DEFAULT_MONTHS = 12;

export function InsightsScreen() {
  const { t } = useTranslation('insights');
  const [months, setMonths] = useState(DEFAULT_MONTHS);
  const [series, setSeries] = useState<string | null>(null);
  const view = useInsights(months, series);
  const charts = useInsightCharts(view);
  const nothing = charts.length > 0 && charts.every((chart) => chart.options === null);

  return (
    <Screen title={t('title')}>
      {view === undefined ? (
        <p className="muted" aria-busy="true">
          {t('loading')}
        </p>
      ) : (
        <div className="insights">
          <InsightsFilters
            months={months}
            series={series}
            seriesNames={view.seriesNames}
            onMonthsChange={setMonths}
            onSeriesChange={setSeries}
          />
          {nothing ? (
            <EmptyState title={t('emptyTitle')} body={t('emptyBody')} />
          ) : (
            <div className="insights__charts">
              {charts.map((chart) => (
                <InsightChart key={chart.id} {...chart} />
              ))}
            </div>
          )}
        </div>
      )}
    </Screen>
  );
}
