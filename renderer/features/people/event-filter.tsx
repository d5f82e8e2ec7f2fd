// The event filter ("met at"): a combobox suggesting events by name (newest first, with their
// date, since a series repeats its name); choosing one lists the people met there. Enter on a
// typed name takes the best match (the newest event starting with it), or says none matches. An
// Enter pressed before the suggestions for what was typed are read looks the name up itself, so
// it never takes a suggestion for the text typed before.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../app/combobox';
import { useDatabase } from '../../app/database-context';
import { readEventOptions, useEventName, useEventOptions } from './use-filter-options';

export function EventFilter({
  eventId,
  onChange,
}: {
  eventId: string | null;
  onChange(eventId: string | null): void;
}) {
  const { t, i18n } = useTranslation('people');
  const db = useDatabase();
  const chosenName = useEventName(eventId);
  const [text, setText] = useState<string | null>(null);
  const latestText = useRef(text);
  const typed = text !== null && text.trim() !== '';
  const events = useEventOptions(text ?? '');
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const options = (events ?? []).map((event) => ({
    id: event.id,
    label: `${event.name} (${dateFormat.format(event.startsAt)})`,
  }));
  const unknown = typed && events !== undefined && events.length === 0;
  const choose = (option: { id: string }) => {
    latestText.current = null;
    setText(null);
    onChange(option.id);
  };
  const takeBestMatch = async (typedText: string) => {
    const [best] = await readEventOptions(db, typedText);
    if (best && latestText.current === typedText) choose(best);
  };

  return (
    <div className="people-filter">
      <Combobox
        className="people-filter__label"
        inputClassName="people-filter__input"
        label={t('filters.event')}
        listLabel={t('filters.eventOptions')}
        placeholder={t('filters.eventPlaceholder')}
        value={text ?? chosenName ?? ''}
        options={options}
        activeFirst={typed}
        invalid={unknown}
        onChange={(value) => {
          latestText.current = value;
          setText(value);
          if (eventId !== null) onChange(null);
        }}
        onChoose={choose}
        onEnter={() => {
          if (!typed) return;
          if (events === undefined) void takeBestMatch(text);
          else if (options[0]) choose(options[0]);
        }}
      />
      {unknown && (
        <p className="people-filter__problem" role="status">
          {t('filters.unknownEvent', { text: text.trim() })}
        </p>
      )}
    </div>
  );
}
