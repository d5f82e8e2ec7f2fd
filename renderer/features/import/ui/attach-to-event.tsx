// "Attach to event" for attendee lists (and any CSV): no event, a new event (name, date, kind and
// page prefilled from the file where it says them, see use-event-choice), or an existing one
// picked from the newest events, or the one this list was imported into before (recognised).
// People who attended then get a `met` interaction at that event.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventKind, type HallwayEvent } from '../../../../shared/domain/entities';
import { fromDateTimeLocalValue, useEventDateFormat } from '../../events/event-time';
import { useRecentEvents } from './use-recent-events';

export interface NewEventFields {
  name: string;
  /** A datetime-local value. */
  startsAt: string;
  eventKind: EventKind;
  url: string;
}

export type EventChoice =
  { kind: 'none' } | ({ kind: 'new' } & NewEventFields) | { kind: 'existing'; eventId: string };

/** A choice the Import button can act on: a new event needs a name and a date, an existing one an id. */
export function isCompleteChoice(choice: EventChoice): boolean {
  if (choice.kind === 'new') {
    return choice.name.trim() !== '' && fromDateTimeLocalValue(choice.startsAt) !== null;
  }
  return choice.kind === 'none' || choice.eventId !== '';
}

export function AttachToEvent({
  choice,
  newEventDefaults,
  recognised,
  onChange,
}: {
  choice: EventChoice;
  newEventDefaults: NewEventFields;
  /** The event this list was imported into before, if any. */
  recognised: HallwayEvent | null | undefined;
  onChange(choice: EventChoice): void;
}) {
  const { t } = useTranslation('import');
  const { t: tEvents } = useTranslation('events');
  const recent = useRecentEvents();
  const dates = useEventDateFormat();
  const groupName = useId();
  const events =
    recognised && recent && !recent.some((event) => event.id === recognised.id)
      ? [recognised, ...recent]
      : recent;
  const firstEventId = recognised?.id ?? events?.[0]?.id ?? '';

  const radio = (kind: EventChoice['kind'], label: string, next: () => EventChoice) => (
    <label className="import-event__option">
      <input
        type="radio"
        name={groupName}
        checked={choice.kind === kind}
        disabled={kind === 'existing' && firstEventId === ''}
        onChange={() => onChange(next())}
      />
      {label}
    </label>
  );

  return (
    <fieldset className="import-event">
      <legend>{t('event.legend')}</legend>
      {radio('none', t('event.none'), () => ({ kind: 'none' }))}
      {radio('new', t('event.new'), () => ({ kind: 'new', ...newEventDefaults }))}
      {choice.kind === 'new' && (
        <div className="import-event__fields">
          <label>
            {t('event.name')}
            <input
              type="text"
              value={choice.name}
              onChange={(event) => onChange({ ...choice, name: event.currentTarget.value })}
            />
          </label>
          <label>
            {t('event.startsAt')}
            <input
              type="datetime-local"
              value={choice.startsAt}
              onChange={(event) => onChange({ ...choice, startsAt: event.currentTarget.value })}
            />
          </label>
          <label>
            {t('event.url')}
            <input
              type="url"
              value={choice.url}
              onChange={(event) => onChange({ ...choice, url: event.currentTarget.value })}
            />
          </label>
          <label>
            {t('event.kind')}
            <select
              value={choice.eventKind}
              onChange={(event) =>
                onChange({ ...choice, eventKind: event.currentTarget.value as EventKind })
              }
            >
              {EVENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {tEvents(`kind.${kind}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {radio('existing', t('event.existing'), () => ({
        kind: 'existing',
        eventId: firstEventId,
      }))}
      {choice.kind === 'existing' && (
        <div className="import-event__fields">
          <label>
            {t('event.pick')}
            <select
              value={choice.eventId}
              onChange={(event) =>
                onChange({ kind: 'existing', eventId: event.currentTarget.value })
              }
            >
              {(events ?? []).map((event) => (
                <option key={event.id} value={event.id}>
                  {t('event.option', { name: event.name, date: dates.date(event.startsAt) })}
                </option>
              ))}
            </select>
          </label>
          {recognised && choice.eventId === recognised.id && (
            <p className="muted">{t('event.recognised')}</p>
          )}
        </div>
      )}
    </fieldset>
  );
}
