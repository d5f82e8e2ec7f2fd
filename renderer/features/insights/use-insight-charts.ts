// The six charts of the Insights screen, in the UI language: each one's Plot options, legend and
// table from the computed figures (read-insights).
import type * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_MEASURES } from '../../../shared/insights/follow-ups-by-month';
import { monthsOf } from '../../../shared/insights/insight-months';
import { INTRODUCTION_STEPS } from '../../../shared/insights/introductions-over-time';
import { NO_SERIES, OTHER_SERIES } from '../../../shared/insights/people-met-by-month';
import { useFormatters } from '../../i18n/format';
import { horizontalBars, monthLines, stackedMonthBars, type LabelValue } from './chart-options';
import { CHART_PALETTE, legendOf, type LegendItem } from './chart-palette';
import type { ChartTable } from './insight-chart';
import { monthTable, monthValues, type MonthFigure } from './month-table';
import type { InsightsView } from './read-insights';
import { useMonthFormat } from './use-month-format';

export interface ChartSpec {
  id: string;
  title: string;
  fileName: string;
  options: Plot.PlotOptions | null;
  legend: LegendItem[];
  table: ChartTable;
}

const unique = (keys: readonly string[]) => [...new Set(keys)];

export function useInsightCharts(view: InsightsView | undefined): ChartSpec[] {
  const { t, i18n } = useTranslation('insights');
  const format = useFormatters();
  const months = useMonthFormat();

  return useMemo(() => {
    if (!view) return [];
    const monthList = monthsOf(view.range);
    const number = (value: number) => format.number(value);
    const tableFormat = { month: months.ofMonth, number };
    const hoursFormat = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short' });

    const monthly = (
      id: string,
      title: string,
      yLabel: string,
      figures: MonthFigure[],
      legend: LegendItem[],
      shape: 'bars' | 'lines',
    ): ChartSpec => {
      const keys = legend.map((item) => item.key);
      const axes = { yLabel, legend, formatMonth: months.ofDate };
      const rows = monthValues(figures, monthList, keys, shape === 'lines');
      return {
        id,
        title,
        fileName: id,
        legend,
        options:
          figures.length === 0
            ? null
            : shape === 'bars'
              ? stackedMonthBars(rows, axes)
              : monthLines(rows, axes),
        table: monthTable(
          figures,
          monthList,
          legend.map(({ key, label }) => ({ key, label })),
          tableFormat,
          t('month'),
        ),
      };
    };

    const bars = (
      id: string,
      title: string,
      xLabel: string,
      header: string,
      rows: LabelValue[],
      color: string,
    ): ChartSpec => ({
      id,
      title,
      fileName: id,
      legend: [],
      options: rows.length === 0 ? null : horizontalBars(rows, xLabel, color),
      table: {
        columns: [header, xLabel],
        rows: rows.map((row) => [row.label, hoursFormat.format(row.value)]),
      },
    });

    const seriesLabel = (key: string) =>
      key === NO_SERIES ? t('series.none') : key === OTHER_SERIES ? t('series.other') : key;
    const seriesKeys = unique(view.peopleMet.map((row) => row.series)).sort((a, b) =>
      a === OTHER_SERIES ? 1 : b === OTHER_SERIES ? -1 : a.localeCompare(b),
    );
    const topicKeys = unique(view.topics.map((row) => row.topic));
    const eventLabel = (name: string, startsAt: number) =>
      `${name} (${dateFormat.format(startsAt)})`;

    return [
      monthly(
        'people-met',
        t('peopleMet.title'),
        t('peopleMet.y'),
        view.peopleMet.map((row) => ({ month: row.month, key: row.series, value: row.people })),
        legendOf(seriesKeys, seriesLabel),
        'bars',
      ),
      monthly(
        'introductions',
        t('introductions.title'),
        t('introductions.y'),
        view.introductions.map((row) => ({ month: row.month, key: row.step, value: row.count })),
        legendOf(INTRODUCTION_STEPS, (step) => t(`introductions.steps.${step}`)),
        'lines',
      ),
      monthly(
        'follow-ups',
        t('followUps.title'),
        t('followUps.y'),
        view.followUps.map((row) => ({ month: row.month, key: row.measure, value: row.count })),
        legendOf(FOLLOW_UP_MEASURES, (measure) => t(`followUps.measures.${measure}`)),
        'lines',
      ),
      bars(
        'event-hours',
        t('eventHours.title'),
        t('eventHours.x'),
        t('eventHours.event'),
        view.eventHours.map((row) => ({
          label: eventLabel(row.name, row.startsAt),
          value: row.hours,
        })),
        CHART_PALETTE[0],
      ),
      bars(
        'top-volunteers',
        view.volunteerSeries === null
          ? t('topVolunteers.titleNoSeries')
          : t('topVolunteers.title', { series: view.volunteerSeries }),
        t('topVolunteers.x'),
        t('topVolunteers.name'),
        view.topVolunteers.map((row) => ({
          label: view.volunteerNames.get(row.personId) ?? t('topVolunteers.unknown'),
          value: row.hours,
        })),
        CHART_PALETTE[4],
      ),
      monthly(
        'topics',
        t('topics.title'),
        t('topics.y'),
        view.topics
          .filter((row) => row.people > 0)
          .map((row) => ({ month: row.month, key: row.topic, value: row.people })),
        legendOf(topicKeys, (key) => view.topicLabels.get(key) ?? key),
        'lines',
      ),
    ];
  }, [view, t, i18n.language, format, months]);
}
