// One volunteer shift in the trash: the role and the volunteer (linked), the event and its time,
// and the two ways out.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roleLabel } from '../../../shared/volunteers/roles';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { restoreShift } from '../../data/writes/volunteer-shifts-writes';
import { useFormatters } from '../../i18n/format';
import { TrashItem } from '../people/trash-item';
import { useOrganizerRoles } from './roster/use-organizer-roles';
import { useShiftTimeFormat } from './roster/shift-time-format';
import type { TrashedShift } from './use-trashed-shifts';

/** "Reception: Ada Lovelace": how the trash names a shift, in its labels and dialogs. */
export function useShiftName(): (item: TrashedShift) => string {
  const { t } = useTranslation('people');
  const organizer = useOrganizerRoles();
  return ({ shift, personName }) =>
    t('trash.shiftName', {
      role: organizer ? roleLabel(shift.role, organizer.roles, organizer.language) : shift.role,
      name: personName,
    });
}

export function TrashedShiftItem({ item, onPurge }: { item: TrashedShift; onPurge(): void }) {
  const { t } = useTranslation('people');
  const { t: tVolunteers } = useTranslation('volunteers');
  const db = useDatabase();
  const time = useShiftTimeFormat();
  const format = useFormatters();
  const name = useShiftName()(item);
  const { shift, eventName } = item;
  const restore = async () => {
    try {
      await restoreShift(db, shift.id);
      showToast({ message: t('trash.restoredItem', { name }), tone: 'success' });
    } catch {
      showToast({ message: t('trash.restoreItemFailed', { name }), tone: 'error' });
    }
  };
  return (
    <TrashItem
      name={name}
      title={
        <span className="person-row__display-name">
          <Link to={`/people/${encodeURIComponent(shift.personId)}`}>{name}</Link>
        </span>
      }
      details={[
        eventName ?? tVolunteers('roster.timeline.unknownEvent'),
        `${format.date(shift.startsAt)} · ${time.range(shift.startsAt, shift.endsAt)}`,
      ]}
      deletedAt={shift.deletedAt}
      onRestore={() => void restore()}
      onPurge={onPurge}
    />
  );
}
