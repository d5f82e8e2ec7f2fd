// The event page's "Export attendees": the people met at the event (in the page's order) as a CSV
// (Excel-safe, the People export's columns) or vCard 4.0 file named after the event, built by the
// export code (build-export-file) and saved through the platform (a download on the web).
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import { showToast } from '../../app/toasts/toast-store';
import { useFormatters } from '../../i18n/format';
import { buildExportFile, type ExportFormat } from './build-export-file';
import { safeFileName } from './safe-file-name';

export function ExportAttendees({
  eventName,
  personIds,
}: {
  eventName: string;
  personIds: readonly string[];
}) {
  const { t } = useTranslation('export');
  const db = useDatabase();
  const platform = usePlatform();
  const format = useFormatters();

  const exportAs = async (fileFormat: ExportFormat) => {
    try {
      const file = await buildExportFile(db, {
        table: 'people',
        format: fileFormat,
        excelSafe: true,
        personIds,
      });
      const name = t('attendees.fileName', { event: eventName });
      const result = await platform.saveFile({
        suggestedName: safeFileName(name, file.extension, 'attendees'),
        data: file.data,
        mimeType: file.mimeType,
        filters: [
          {
            name: t(file.extension === 'vcf' ? 'fileType.vcard' : 'fileType.csv'),
            extensions: [file.extension],
          },
        ],
      });
      showToast(
        result.saved
          ? {
              tone: 'success',
              message: t('savedVCard', {
                formattedCount: format.number(file.rows),
                location: result.location,
              }),
            }
          : { message: t('cancelled') },
      );
    } catch (error) {
      showToast({ tone: 'error', message: t('failed', { message: (error as Error).message }) });
    }
  };

  return (
    <div className="export-attendees" role="group" aria-label={t('attendees.label')}>
      <button type="button" className="button" onClick={() => void exportAs('csv')}>
        {t('attendees.csv')}
      </button>
      <button type="button" className="button" onClick={() => void exportAs('vcard')}>
        {t('attendees.vcard')}
      </button>
    </div>
  );
}
