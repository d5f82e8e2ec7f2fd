// One interaction on a person's timeline: kind, day, the event it happened at (linked), the note;
// edited in place, deleted with an "Undo" toast.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import {
  restoreInteraction,
  trashInteraction,
  updateInteraction,
} from '../../data/writes/interactions-writes';
import { InteractionForm } from './interaction-form';
import type { TimelineEntry } from './use-person-timeline';

export function TimelineItem({
  entry,
  formatDate,
}: {
  entry: TimelineEntry;
  formatDate(at: number): string;
}) {
  const { t } = useTranslation('person');
  const db = useDatabase();
  const [editing, setEditing] = useState(false);
  const { interaction, eventName } = entry;
  const kind = t(`kinds.${interaction.kind}`);

  const remove = async () => {
    await trashInteraction(db, interaction.id);
    showToast({
      message: t('timeline.deleted'),
      action: { label: t('undo'), run: () => void restoreInteraction(db, interaction.id) },
    });
  };

  if (editing) {
    return (
      <li className="timeline-item">
        <InteractionForm
          initial={interaction}
          submitLabel={t('timeline.save')}
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            await updateInteraction(db, interaction.id, draft);
            setEditing(false);
          }}
        />
      </li>
    );
  }

  return (
    <li className="timeline-item">
      <div className="timeline-item__head">
        <span className="timeline-item__kind">{kind}</span>
        <time dateTime={new Date(interaction.at).toISOString()}>{formatDate(interaction.at)}</time>
        {interaction.eventId && (
          <Link to={`/events/${encodeURIComponent(interaction.eventId)}`}>
            {eventName ?? t('timeline.unknownEvent')}
          </Link>
        )}
      </div>
      {interaction.note && <p className="timeline-item__note">{interaction.note}</p>}
      <div className="timeline-item__actions">
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('timeline.editLabel', { kind, date: formatDate(interaction.at) })}
          onClick={() => setEditing(true)}
        >
          {t('timeline.edit')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('timeline.deleteLabel', { kind, date: formatDate(interaction.at) })}
          onClick={() => void remove()}
        >
          {t('timeline.delete')}
        </button>
      </div>
    </li>
  );
}
