// One event in the trash: its name (a link to its page), when it was, when it was deleted, and
// the two ways out.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HallwayEvent } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { restoreEvent } from '../../data/writes/events-writes';
import { formatRelativePast } from '../people/format-relative-time';
import { eventPath } from './event-paths';
import { useEventDateFormat } from './event-time';

export function TrashedEventItem({ event, onPurge }: { event: HallwayEvent; onPurge(): void }) {
  const { t, i18n } = useTranslation('people');
  const db = useDatabase();
  const format = useEventDateFormat();
  const [now] = useState(() => Date.now());
  const restore = async () => {
    try {
      await restoreEvent(db, event.id);
      showToast({ message: t('trash.restoredEvent', { name: event.name }), tone: 'success' });
    } catch {
      showToast({ message: t('trash.restoreEventFailed', { name: event.name }), tone: 'error' });
    }
  };
  return (
    <li className="trash-item">
      <div className="trash-item__who">
        <Link className="person-row__display-name" to={eventPath(event.id)}>
          {event.name}
        </Link>
        <span className="trash-item__details">{format.dateTime(event.startsAt)}</span>
        <span className="trash-item__details">
          {t('trash.trashedWhen', {
            when: formatRelativePast(event.deletedAt, now, i18n.language),
          })}
        </span>
      </div>
      <div className="trash-item__actions">
        <button
          type="button"
          className="button"
          aria-label={t('trash.restoreLabel', { name: event.name })}
          onClick={() => void restore()}
        >
          {t('trash.restore')}
        </button>
        <button
          type="button"
          className="button button--danger"
          aria-label={t('trash.deleteForGoodLabel', { name: event.name })}
          onClick={onPurge}
        >
          {t('trash.deleteForGood')}
        </button>
      </div>
    </li>
  );
}
