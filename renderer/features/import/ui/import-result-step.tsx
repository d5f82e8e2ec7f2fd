// The end of an import: what was written (created, merged, skipped; the meetings and shifts
// recorded) and, when the list was attached to an event, a link to that event.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n/format';
import { eventPath } from '../../events/event-paths';
import type { ImportSummary } from '../import-api';

export function ImportResultStep({
  summary,
  onClose,
}: {
  summary: ImportSummary;
  onClose(): void;
}) {
  const { t } = useTranslation('import');
  const format = useFormatters();
  return (
    <div className="import-result" role="status">
      <p className="import-result__counts">
        {t('result.counts', {
          created: format.number(summary.created),
          merged: format.number(summary.merged),
          skipped: format.number(summary.skipped),
        })}
      </p>
      {summary.interactions > 0 && (
        <p>
          {t('result.interactions', {
            count: summary.interactions,
            formattedCount: format.number(summary.interactions),
          })}
        </p>
      )}
      {summary.shifts > 0 && (
        <p>
          {t('result.shifts', {
            count: summary.shifts,
            formattedCount: format.number(summary.shifts),
          })}
        </p>
      )}
      {summary.eventId !== null && (
        <p>
          <Link to={eventPath(summary.eventId)} onClick={onClose}>
            {t('result.openEvent')}
          </Link>
        </p>
      )}
      <div className="modal__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('dialog.done')}
        </button>
      </div>
    </div>
  );
}
