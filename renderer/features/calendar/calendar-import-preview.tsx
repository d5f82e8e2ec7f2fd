// The calendar import's preview: how many events are new, updated or already as stored, each new
// and updated one by name and date, and each VEVENT left out with its line and reason.
import { useTranslation } from 'react-i18next';
import type { CalendarEvent, InvalidCalendarEvent } from '../../../shared/calendar/parse-ics';
import { useEventDateFormat } from '../events/event-time';
import type { CalendarPreview } from './preview-calendar-file';

function EventList({ label, events }: { label: string; events: readonly CalendarEvent[] }) {
  const format = useEventDateFormat();
  if (events.length === 0) return null;
  return (
    <section aria-label={label}>
      <h3>{label}</h3>
      <ul className="calendar-import__events">
        {events.map((event) => (
          <li key={event.uid}>
            <span className="calendar-import__name">{event.name}</span>{' '}
            <span className="muted">
              {event.allDay ? format.date(event.startsAt) : format.dateTime(event.startsAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function InvalidList({ invalid }: { invalid: readonly InvalidCalendarEvent[] }) {
  const { t } = useTranslation('event-prep');
  if (invalid.length === 0) return null;
  const label = t('import.invalid', { count: invalid.length });
  return (
    <section aria-label={label}>
      <h3>{label}</h3>
      <ul className="calendar-import__invalid">
        {invalid.map((entry) => (
          <li key={entry.line}>
            {t('import.invalidLine', {
              line: entry.line,
              name: entry.name || t('import.unnamed'),
              reason: t(`import.reason.${entry.reason}`),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CalendarImportPreview({
  preview,
  onImport,
  onCancel,
}: {
  preview: Extract<CalendarPreview, { kind: 'preview' }>;
  onImport(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('event-prep');
  const { plan, invalid } = preview;
  const changes = plan.added.length + plan.updated.length;
  return (
    <>
      <p role="status">
        {t('import.summary', {
          name: preview.fileName,
          added: plan.added.length,
          updated: plan.updated.length,
          unchanged: plan.unchanged.length,
        })}
      </p>
      <div className="calendar-import__preview">
        <EventList label={t('import.added', { count: plan.added.length })} events={plan.added} />
        <EventList
          label={t('import.updated', { count: plan.updated.length })}
          events={plan.updated.map(({ event }) => event)}
        />
        <InvalidList invalid={invalid} />
      </div>
      <div className="modal__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={changes === 0}
          onClick={onImport}
        >
          {t('import.commit', { count: changes })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </>
  );
}
