// The Insights screen's filters: the time range (the last N months) and the event series.
import { useTranslation } from 'react-i18next';

export const RANGE_CHOICES = [6, 12, 24, 48] as const;

export function InsightsFilters({
  months,
  series,
  seriesNames,
  onMonthsChange,
  onSeriesChange,
}: {
  months: number;
  series: string | null;
  seriesNames: readonly string[];
  onMonthsChange: (months: number) => void;
  onSeriesChange: (series: string | null) => void;
}) {
  const { t } = useTranslation('insights');
  return (
    <div className="insights__filters" role="group" aria-label={t('filters.label')}>
      <label className="insights__filter">
        {t('filters.range')}
        <select value={months} onChange={(event) => onMonthsChange(Number(event.target.value))}>
          {RANGE_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t('filters.rangeMonths', { count: choice })}
            </option>
          ))}
        </select>
      </label>
      <label className="insights__filter">
        {t('filters.series')}
        <select
          value={series ?? ''}
          onChange={(event) =>
            onSeriesChange(event.target.value === '' ? null : event.target.value)
          }
        >
          <option value="">{t('filters.allSeries')}</option>
          {seriesNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <p className="insights__hint">{t('filters.seriesHint')}</p>
    </div>
  );
}
