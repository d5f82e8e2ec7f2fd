// Monthly figures as chart rows and as a table: one row per month, one column per series (a
// missing figure is 0), and the rows a Plot chart draws with each month's 1st and the next.
import { monthLabelDate, type MonthIndex } from '../../../shared/insights/insight-months';
import type { MonthValue } from './chart-options';
import type { ChartTable } from './insight-chart';

export interface MonthFigure {
  month: MonthIndex;
  key: string;
  value: number;
}

export function monthValues(
  figures: readonly MonthFigure[],
  months: readonly MonthIndex[],
  keys: readonly string[],
  fillZeros: boolean,
): MonthValue[] {
  const byKey = new Map(figures.map((figure) => [`${figure.month}:${figure.key}`, figure.value]));
  const rows: MonthValue[] = [];
  for (const key of keys) {
    for (const month of months) {
      const value = byKey.get(`${month}:${key}`);
      if (value === undefined && !fillZeros) continue;
      rows.push({
        date: monthLabelDate(month),
        next: monthLabelDate(month + 1),
        key,
        value: value ?? 0,
      });
    }
  }
  return rows;
}

export function monthTable(
  figures: readonly MonthFigure[],
  months: readonly MonthIndex[],
  columns: readonly { key: string; label: string }[],
  format: { month: (month: MonthIndex) => string; number: (value: number) => string },
  monthHeader: string,
): ChartTable {
  const byKey = new Map(figures.map((figure) => [`${figure.month}:${figure.key}`, figure.value]));
  const withData = new Set(figures.map((figure) => figure.month));
  return {
    columns: [monthHeader, ...columns.map((column) => column.label)],
    rows: months
      .filter((month) => withData.has(month))
      .map((month) => [
        format.month(month),
        ...columns.map((column) => format.number(byKey.get(`${month}:${column.key}`) ?? 0)),
      ]),
  };
}
