// The Events screen's "Export calendar": upcoming events and open follow-ups as one .ics file,
// saved through the platform (a download on the web). The writer, and ical.js with it, is loaded
// only when the button is pressed.
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import { showToast } from '../../app/toasts/toast-store';
import { userCalendar } from '../follow-ups/user-calendar';
import { readCalendarExport } from './read-calendar-export';

export const CALENDAR_FILE_NAME = 'hallway-calendar.ics';

export function CalendarExportButton() {
  const { t } = useTranslation('event-prep');
  const db = useDatabase();
  const platform = usePlatform();

  const exportCalendar = async () => {
    try {
      const calendar = userCalendar();
      const now = Date.now();
      const [{ buildCalendarFile }, rows] = await Promise.all([
        import('../../../shared/calendar/build-ics'),
        readCalendarExport(db, calendar.startOfDay(now)),
      ]);
      const data = buildCalendarFile({
        events: rows.events,
        followUps: rows.followUps.map(({ followUp, person }) => ({
          id: followUp.id,
          dueAt: followUp.dueAt,
          summary: t('export.followUpSummary', { name: person.displayName }),
          description: followUp.reason,
        })),
        timeZone: calendar.timeZone,
        now,
      });
      const result = await platform.saveFile({
        suggestedName: CALENDAR_FILE_NAME,
        data,
        mimeType: 'text/calendar;charset=utf-8',
        filters: [{ name: t('import.fileType'), extensions: ['ics'] }],
      });
      showToast(
        result.saved
          ? {
              tone: 'success',
              message: t('export.saved', {
                events: rows.events.length,
                followUps: rows.followUps.length,
                location: result.location,
              }),
            }
          : { message: t('export.cancelled') },
      );
    } catch (error) {
      showToast({
        tone: 'error',
        message: t('export.failed', { message: (error as Error).message }),
      });
    }
  };

  return (
    <button type="button" className="button" onClick={() => void exportCalendar()}>
      {t('export.button')}
    </button>
  );
}
