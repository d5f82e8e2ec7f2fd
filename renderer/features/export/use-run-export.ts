// Running an export from the dialog: build the file with progress (cancellable between chunks),
// hand it to the platform (a save dialog on the desktop, a download on the web), and say how it
// went. An empty table is not saved as a file of headers only: the user is told instead. The
// export's code loads when an export runs, not with the screens that offer one (issue 15).
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import { showToast } from '../../app/toasts/toast-store';
import { useFormatters } from '../../i18n/format';
import type { ExportRequest } from './build-export-file';

export interface ExportProgress {
  done: number;
  total: number;
}

export function useRunExport(onSaved: () => void) {
  const db = useDatabase();
  const platform = usePlatform();
  const { t } = useTranslation('export');
  const format = useFormatters();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async (request: ExportRequest) => {
      if (controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setProgress({ done: 0, total: 0 });
      try {
        const { buildExportFile } = await import('./build-export-file');
        const file = await buildExportFile(db, request, {
          signal: abort.signal,
          onProgress: (done, total) => setProgress({ done, total }),
        });
        if (file.rows === 0) {
          showToast({ message: t('nothing', { table: t(`tables.${request.table}`) }) });
          return;
        }
        const result = await platform.saveFile({
          suggestedName: file.suggestedName,
          data: file.data,
          mimeType: file.mimeType,
          filters: [
            {
              name: t(file.extension === 'vcf' ? 'fileType.vcard' : 'fileType.csv'),
              extensions: [file.extension],
            },
          ],
        });
        if (!result.saved) {
          showToast({ message: t('cancelled') });
          return;
        }
        const formattedCount = format.number(file.rows);
        showToast({
          tone: 'success',
          message: t(file.extension === 'vcf' ? 'savedVCard' : 'saved', {
            formattedCount,
            location: result.location,
          }),
        });
        onSaved();
      } catch (error) {
        showToast(
          abort.signal.aborted
            ? { message: t('cancelled') }
            : { tone: 'error', message: t('failed', { message: (error as Error).message }) },
        );
      } finally {
        controller.current = null;
        setProgress(null);
      }
    },
    [db, platform, t, format, onSaved],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { run, cancel, progress };
}
