// One meeting, call or message in the trash: what it was and with whom (a link to the person),
// when, at which event, its note, and the two ways out.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { restoreInteraction } from '../../data/writes/interactions-writes';
import { useFormatters } from '../../i18n/format';
import { TrashItem } from '../people/trash-item';
import type { TrashedInteraction } from './use-trashed-interactions';

/** "Met with Ada Lovelace": how the trash names an interaction, in its labels and dialogs. */
export function useInteractionName(): (item: TrashedInteraction) => string {
  const { t } = useTranslation('people');
  const { t: tPerson } = useTranslation('person');
  return ({ interaction, personName }) =>
    t('trash.interactionName', { kind: tPerson(`kinds.${interaction.kind}`), name: personName });
}

export function TrashedInteractionItem({
  item: { interaction, personName, eventName },
  onPurge,
}: {
  item: TrashedInteraction;
  onPurge(): void;
}) {
  const { t } = useTranslation('people');
  const { t: tPerson } = useTranslation('person');
  const db = useDatabase();
  const format = useFormatters();
  const name = useInteractionName()({ interaction, personName, eventName });
  const restore = async () => {
    try {
      await restoreInteraction(db, interaction.id);
      showToast({ message: t('trash.restoredItem', { name }), tone: 'success' });
    } catch {
      showToast({ message: t('trash.restoreItemFailed', { name }), tone: 'error' });
    }
  };
  const when = format.date(interaction.at);
  return (
    <TrashItem
      name={name}
      title={
        <span className="person-row__display-name">
          {tPerson(`kinds.${interaction.kind}`)} ·{' '}
          <Link to={`/people/${encodeURIComponent(interaction.personId)}`}>{personName}</Link>
        </span>
      }
      details={[
        eventName ? `${when} · ${eventName}` : when,
        ...(interaction.note ? [interaction.note] : []),
      ]}
      deletedAt={interaction.deletedAt}
      onRestore={() => void restore()}
      onPurge={onPurge}
    />
  );
}
