// "Save as SVG" and "Save as PNG" of a chart, through the platform (a save dialog on the desktop,
// a download on the web), announced by a toast.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../app/platform-context';
import { showToast } from '../../app/toasts/toast-store';
import { chartPngBytes, chartSvgFile, lookOf } from './chart-file';
import type { LegendItem } from './chart-palette';

export type ChartFormat = 'svg' | 'png';

export interface ChartToSave {
  svg: SVGSVGElement;
  title: string;
  fileName: string;
  legend: readonly LegendItem[];
}

export function useSaveChart(): (chart: ChartToSave, format: ChartFormat) => Promise<void> {
  const { t } = useTranslation('insights');
  const platform = usePlatform();
  return useCallback(
    async ({ svg, title, fileName, legend }, format) => {
      try {
        const file = chartSvgFile(svg, title, legend, lookOf(svg));
        const result = await platform.saveFile(
          format === 'svg'
            ? {
                suggestedName: `${fileName}.svg`,
                data: file.text,
                mimeType: 'image/svg+xml',
                filters: [{ name: 'SVG', extensions: ['svg'] }],
              }
            : {
                suggestedName: `${fileName}.png`,
                data: await chartPngBytes(file),
                mimeType: 'image/png',
                filters: [{ name: 'PNG', extensions: ['png'] }],
              },
        );
        if (result.saved) showToast({ message: t('save.saved'), tone: 'success' });
      } catch {
        showToast({ message: t('save.failed'), tone: 'error' });
      }
    },
    [t, platform],
  );
}
