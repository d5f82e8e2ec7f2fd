// Step 1 of "Log a meetup": the event. Its name autocompletes from past events (choosing one logs
// the people against it) and series (choosing one starts a new event of that series, with the
// kind and place of its last one). Otherwise the fields describe a new event: today, a meetup.
// Enter in the name moves on to the first person.
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventKind } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { useEventDateFormat } from '../events/event-time';
import { useEvent } from '../events/use-event';
import type { CaptureEventDraft } from './capture-draft';
import { updateEventDraft } from './quick-capture-store';
import { Combobox, type ComboboxOption } from '../../app/combobox';
import { lastEventOfSeries, useEventSuggestions } from './use-event-suggestions';

type EventOption = ComboboxOption & ({ series: string } | { eventId: string });

export function CaptureEventFields({
  event,
  nameRef,
  onDone,
}: {
  event: CaptureEventDraft;
  nameRef: Ref<HTMLInputElement>;
  onDone(): void;
}) {
  const { t } = useTranslation('quick-capture');
  const { t: tEvents } = useTranslation('events');
  const db = useDatabase();
  const format = useEventDateFormat();
  const id = useId();
  const suggestions = useEventSuggestions(event.eventId ? '' : event.name);
  const chosen = useEvent(event.eventId ?? '');

  if (event.eventId) {
    return (
      <fieldset className="capture-section">
        <legend>{t('event.legend')}</legend>
        <p className="capture-event__chosen">
          {chosen
            ? t('event.chosen', { name: chosen.name, date: format.date(chosen.startsAt) })
            : event.name}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => updateEventDraft({ eventId: null })}
        >
          {t('event.change')}
        </button>
      </fieldset>
    );
  }

  const options: EventOption[] = [
    ...suggestions.series.map((series) => ({
      id: `series:${series}`,
      label: series,
      detail: t('event.seriesOption'),
      series,
    })),
    ...suggestions.events.map((past) => ({
      id: `event:${past.id}`,
      label: past.name,
      detail: format.date(past.startsAt),
      eventId: past.id,
    })),
  ];

  const choose = async (option: EventOption) => {
    if ('eventId' in option) {
      updateEventDraft({ eventId: option.eventId, name: option.label });
    } else {
      const last = await lastEventOfSeries(db, option.series);
      updateEventDraft({
        name: option.series,
        series: option.series,
        ...(last && { kind: last.kind, location: last.location }),
      });
    }
    onDone();
  };

  const field = (name: 'date' | 'time' | 'series' | 'location', type = 'text') => (
    <div className="capture-field">
      <label htmlFor={`${id}-${name}`}>{t(`event.${name}`)}</label>
      <input
        id={`${id}-${name}`}
        type={type}
        autoComplete="off"
        value={event[name]}
        onChange={(change) => updateEventDraft({ [name]: change.target.value })}
      />
    </div>
  );

  return (
    <fieldset className="capture-section">
      <legend>{t('event.legend')}</legend>
      <div className="capture-event">
        <Combobox
          label={t('event.name')}
          listLabel={t('event.suggestions')}
          value={event.name}
          options={options}
          inputRef={nameRef}
          onChange={(name) => updateEventDraft({ name })}
          onChoose={(option) => void choose(option)}
          onEnter={onDone}
        />
        {field('date', 'date')}
        {field('time', 'time')}
        <div className="capture-field">
          <label htmlFor={`${id}-kind`}>{t('event.kind')}</label>
          <select
            id={`${id}-kind`}
            value={event.kind}
            onChange={(change) => updateEventDraft({ kind: change.target.value as EventKind })}
          >
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tEvents(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        {field('series')}
        {field('location')}
      </div>
    </fieldset>
  );
}
