// The event page's fields, each edited in place and saved as a partial update when it is left.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventKind, type HallwayEvent } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import type { EventChanges } from '../../data/writes/event-input';
import { updateEvent } from '../../data/writes/events-writes';
import { fromDateTimeLocalValue, toDateTimeLocalValue } from './event-time';
import { InPlaceField } from './in-place-field';
import { SeriesOptions } from './series-options';

type TextField = 'name' | 'series' | 'location' | 'url' | 'myRole' | 'notes';

export function EventDetailsForm({ event }: { event: HallwayEvent }) {
  const { t } = useTranslation('events');
  const db = useDatabase();
  const id = useId();
  const seriesListId = `${id}-series`;

  const save = async (changes: EventChanges) => {
    try {
      await updateEvent(db, event.id, changes);
    } catch (error) {
      showToast({
        tone: 'error',
        message: t('page.saveFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      });
      throw error;
    }
  };

  const text = (field: TextField, type: 'text' | 'url' | 'textarea' = 'text') => (
    <InPlaceField
      id={`${id}-${field}`}
      label={t(`fields.${field}`)}
      value={event[field]}
      type={type}
      list={field === 'series' ? seriesListId : undefined}
      onSave={(value) => save({ [field]: value })}
    />
  );

  return (
    <section className="event-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('page.details')}</h2>
      <div className="event-form__grid">
        {text('name')}
        <InPlaceField
          id={`${id}-startsAt`}
          label={t('fields.startsAt')}
          type="datetime-local"
          value={toDateTimeLocalValue(event.startsAt)}
          onSave={async (value) => {
            const startsAt = fromDateTimeLocalValue(value);
            if (startsAt === null) throw new Error(t('form.startRequired'));
            await save({ startsAt });
          }}
        />
        <InPlaceField
          id={`${id}-endsAt`}
          label={t('fields.endsAt')}
          type="datetime-local"
          value={toDateTimeLocalValue(event.endsAt)}
          onSave={(value) => save({ endsAt: fromDateTimeLocalValue(value) })}
        />
        <label htmlFor={`${id}-kind`}>{t('fields.kind')}</label>
        <select
          id={`${id}-kind`}
          value={event.kind}
          onChange={(change) => {
            save({ kind: change.target.value as EventKind }).catch(() => undefined);
          }}
        >
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
        {text('series')}
        {text('location')}
        {text('url', 'url')}
        {text('myRole')}
        {text('notes', 'textarea')}
      </div>
      <SeriesOptions id={seriesListId} />
    </section>
  );
}
