// One event in the trash: its name (a link to its page), when it was, and the two ways out.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HallwayEvent } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { restoreEvent } from '../../data/writes/events-writes';
import { TrashItem } from '../people/trash-item';
import { eventPath } from './event-paths';
import { useEventDateFormat } from './event-time';

export function TrashedEventItem({ event, onPurge }: { event: HallwayEvent; onPurge(): void }) {
  const { t } = useTranslation('people');
  const db = useDatabase();
  const format = useEventDateFormat();
  const restore = async () => {
    try {
      await restoreEvent(db, event.id);
      showToast({ message: t('trash.restoredItem', { name: event.name }), tone: 'success' });
    } catch {
      showToast({ message: t('trash.restoreItemFailed', { name: event.name }), tone: 'error' });
    }
  };
  return (
    <TrashItem
      name={event.name}
      title={
        <Link className="person-row__display-name" to={eventPath(event.id)}>
          {event.name}
        </Link>
      }
      details={[format.dateTime(event.startsAt)]}
      deletedAt={event.deletedAt}
      onRestore={() => void restore()}
      onPurge={onPurge}
    />
  );
}
