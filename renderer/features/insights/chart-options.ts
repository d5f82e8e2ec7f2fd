// The Observable Plot options of the insights charts' three shapes: stacked bars per month, lines
// per month, and horizontal bars (events, volunteers, roles). Months are drawn on a UTC time axis
// of each month's 1st (shared/insights/insight-months: monthLabelDate) and named by `formatMonth`
// in the UI language; counting by month already happened in the user's time zone.
import * as Plot from '@observablehq/plot';
import type { LegendItem } from './chart-palette';

export interface MonthValue {
  date: Date;
  next: Date;
  key: string;
  value: number;
}

export interface LabelValue {
  label: string;
  value: number;
}

interface MonthAxes {
  yLabel: string;
  /** Smaller, for the person and event pages. */
  small?: boolean;
  legend: readonly LegendItem[];
  formatMonth: (date: Date) => string;
}

const colorOf = (legend: readonly LegendItem[]) => ({
  type: 'ordinal' as const,
  domain: legend.map((item) => item.key),
  range: legend.map((item) => item.color),
});

const monthAxis = (formatMonth: (date: Date) => string) => ({
  type: 'utc' as const,
  label: null,
  tickFormat: formatMonth,
  ticks: 6,
});

const WIDTH = 640;
const SMALL_WIDTH = 480;
const SMALL_HEIGHT = 160;

export function stackedMonthBars(rows: readonly MonthValue[], axes: MonthAxes): Plot.PlotOptions {
  return {
    width: axes.small ? SMALL_WIDTH : WIDTH,
    height: axes.small ? SMALL_HEIGHT : 280,
    marginLeft: 48,
    x: monthAxis(axes.formatMonth),
    y: { label: axes.yLabel, grid: true },
    color: colorOf(axes.legend),
    marks: [
      Plot.rectY(rows, { x1: 'date', x2: 'next', y: 'value', fill: 'key', inset: 1 }),
      Plot.ruleY([0]),
    ],
  };
}

export function monthLines(rows: readonly MonthValue[], axes: MonthAxes): Plot.PlotOptions {
  return {
    width: WIDTH,
    height: 280,
    marginLeft: 48,
    x: monthAxis(axes.formatMonth),
    y: { label: axes.yLabel, grid: true },
    color: colorOf(axes.legend),
    marks: [
      Plot.lineY(rows, { x: 'date', y: 'value', stroke: 'key', strokeWidth: 2 }),
      Plot.dot(rows, { x: 'date', y: 'value', fill: 'key', r: 2.5 }),
      Plot.ruleY([0]),
    ],
  };
}

const shorten = (label: string) => (label.length > 24 ? `${label.slice(0, 23)}…` : label);

export function horizontalBars(
  rows: readonly LabelValue[],
  xLabel: string,
  color: string,
): Plot.PlotOptions {
  return {
    width: WIDTH,
    height: Math.max(80, rows.length * 22 + 40),
    marginLeft: 180,
    x: { label: xLabel, grid: true },
    y: { label: null, domain: rows.map((row) => row.label), tickFormat: shorten },
    marks: [Plot.barX(rows, { x: 'value', y: 'label', fill: color }), Plot.ruleX([0])],
  };
}
