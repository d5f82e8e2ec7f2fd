// One chart card: its title, legend, the Plot chart, "Save as SVG/PNG", and the same figures as a
// real table (caption and headers), for screen readers and for reading exact numbers.
import type * as Plot from '@observablehq/plot';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegendItem } from './chart-palette';
import { PlotChart } from './plot-chart';
import { useSaveChart } from './use-save-chart';

export interface ChartTable {
  columns: readonly string[];
  /** Cells already formatted for the UI language; the first is the row's header. */
  rows: readonly (readonly string[])[];
}

export function InsightChart({
  id,
  title,
  fileName,
  options,
  legend,
  table,
  small = false,
}: {
  id: string;
  /** The small version on the person and event pages. */
  small?: boolean;
  title: string;
  fileName: string;
  /** null: nothing to chart in this range. */
  options: Plot.PlotOptions | null;
  legend: readonly LegendItem[];
  table: ChartTable;
}) {
  const { t } = useTranslation('insights');
  const save = useSaveChart();
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const onRender = useCallback((rendered: SVGSVGElement | null) => setSvg(rendered), []);
  const headingId = `insight-${id}`;

  return (
    <section
      className={small ? 'insight-chart insight-chart--small' : 'insight-chart'}
      aria-labelledby={headingId}
      data-chart={id}
      data-rendered={options === null || svg !== null ? 'true' : 'false'}
    >
      <h2 id={headingId} className="insight-chart__title">
        {title}
      </h2>
      {options === null ? (
        <p className="insight-chart__empty">{t('noData')}</p>
      ) : (
        <>
          {legend.length > 1 && (
            <ul className="insight-chart__legend" aria-hidden="true">
              {legend.map((item) => (
                <li key={item.key}>
                  <svg width="10" height="10" aria-hidden="true">
                    <rect width="10" height="10" fill={item.color} />
                  </svg>
                  {item.label}
                </li>
              ))}
            </ul>
          )}
          <PlotChart options={options} label={title} onRender={onRender} />
          <div className="insight-chart__actions">
            <button
              type="button"
              className="button"
              aria-label={t('save.svgLabel', { title })}
              disabled={svg === null}
              onClick={() => svg && void save({ svg, title, fileName, legend }, 'svg')}
            >
              {t('save.svg')}
            </button>
            <button
              type="button"
              className="button"
              aria-label={t('save.pngLabel', { title })}
              disabled={svg === null}
              onClick={() => svg && void save({ svg, title, fileName, legend }, 'png')}
            >
              {t('save.png')}
            </button>
          </div>
          <div className="insight-chart__table-wrap">
            <table className="insight-chart__table">
              <caption>{title}</caption>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, column) =>
                      column === 0 ? (
                        <th key={column} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={column}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
