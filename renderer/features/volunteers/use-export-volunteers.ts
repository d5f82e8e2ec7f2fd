// "Export CSV" on the Volunteers screen: the rows shown, saved through the platform (a save dialog
// on the desktop, a download on the web), announced by a toast.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerTableRow } from '../../../shared/volunteers/volunteer-table';
import { usePlatform } from '../../app/platform-context';
import { showToast } from '../../app/toasts/toast-store';
import { useVolunteerCellFormat } from './volunteer-cell-format';
import { volunteersCsv } from './volunteers-csv';

export function useExportVolunteers(): (rows: readonly VolunteerTableRow[]) => Promise<void> {
  const { t } = useTranslation('volunteers');
  const platform = usePlatform();
  const format = useVolunteerCellFormat();
  return useCallback(
    async (rows) => {
      const data = volunteersCsv(rows, {
        header: (column) => t(`csv.${column}`),
        role: format.role,
      });
      try {
        const result = await platform.saveFile({
          suggestedName: `${t('csv.fileName')}.csv`,
          data,
          mimeType: 'text/csv',
          filters: [{ name: 'CSV', extensions: ['csv'] }],
        });
        if (result.saved)
          showToast({ message: t('csv.saved', { count: rows.length }), tone: 'success' });
      } catch {
        showToast({ message: t('csv.failed'), tone: 'error' });
      }
    },
    [t, platform, format],
  );
}
