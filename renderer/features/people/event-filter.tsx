// The event filter ("met at"): a text field suggesting events by name (newest first, with their
// date, since a series repeats its name); choosing one lists the people met there.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallwayEvent } from '../../../shared/domain/entities';
import { useEventName, useEventOptions } from './use-filter-options';

function optionLabel(event: HallwayEvent, dateFormat: Intl.DateTimeFormat): string {
  return `${event.name} (${dateFormat.format(event.startsAt)})`;
}

export function EventFilter({
  eventId,
  onChange,
}: {
  eventId: string | null;
  onChange(eventId: string | null): void;
}) {
  const { t, i18n } = useTranslation('people');
  const chosenName = useEventName(eventId);
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? chosenName ?? '';
  const options = useEventOptions(text ?? '');
  const listId = useId();
  const byLabel = useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
    return new Map((options ?? []).map((event) => [optionLabel(event, dateFormat), event]));
  }, [options, i18n.language]);
  const unknown =
    text !== null && text.trim() !== '' && options !== undefined && options.length === 0;

  return (
    <div className="people-filter">
      <label className="people-filter__label">
        {t('filters.event')}
        <input
          type="search"
          className="people-filter__input"
          list={listId}
          value={shown}
          placeholder={t('filters.eventPlaceholder')}
          aria-invalid={unknown}
          onChange={(event) => {
            const typed = event.target.value;
            const chosen = byLabel.get(typed);
            if (chosen) {
              setText(null);
              onChange(chosen.id);
              return;
            }
            setText(typed);
            if (eventId !== null) onChange(null);
          }}
        />
      </label>
      <datalist id={listId}>
        {[...byLabel.keys()].map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
      {unknown && (
        <p className="people-filter__problem" role="status">
          {t('filters.unknownEvent', { text: text.trim() })}
        </p>
      )}
    </div>
  );
}
