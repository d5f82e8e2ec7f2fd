// Step 2 of "Log a meetup": the row being typed. The name autocompletes against existing people
// (choosing one links them: "met before at …"); the note takes topics inline, shown as chips as
// they are typed. Enter in the name moves to the note; Enter in the note adds the row.
import { useId, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCaptureNote } from '../../../shared/capture/parse-capture-note';
import type { CapturedRow } from './capture-draft';
import { LastMeetingNote } from './last-meeting-note';
import { updateEntry } from './quick-capture-store';
import { Combobox, type ComboboxOption } from '../../app/combobox';
import { TopicChips } from './topic-chips';
import { usePersonSuggestions } from './use-person-suggestions';

export function PersonEntry({
  entry,
  excludeIds,
  nameRef,
  noteRef,
  onAdd,
}: {
  entry: CapturedRow;
  excludeIds: readonly string[];
  nameRef: Ref<HTMLInputElement>;
  noteRef: Ref<HTMLInputElement> & { current: HTMLInputElement | null };
  onAdd(): void;
}) {
  const { t } = useTranslation('quick-capture');
  const id = useId();
  const people = usePersonSuggestions(entry.personId ? '' : entry.name, excludeIds);
  const parsed = useMemo(() => parseCaptureNote(entry.note), [entry.note]);
  const options: ComboboxOption[] = people.map((person) => ({
    id: person.id,
    label: person.displayName,
    detail: [person.company, person.nameReading].filter(Boolean).join(' · '),
  }));
  const knownId = `${id}-known`;

  return (
    <div className="capture-entry">
      <div className="capture-entry__name">
        <Combobox
          label={t('people.name')}
          listLabel={t('people.suggestions')}
          value={entry.name}
          options={options}
          inputRef={nameRef}
          describedBy={entry.personId ? knownId : undefined}
          onChange={(name) => updateEntry({ name, personId: null })}
          onChoose={(option) => {
            updateEntry({ name: option.label, personId: option.id });
            noteRef.current?.focus();
          }}
          onEnter={() => {
            if (entry.name.trim() !== '') noteRef.current?.focus();
          }}
        />
        {entry.personId && (
          <p className="capture-entry__known">
            <LastMeetingNote personId={entry.personId} id={knownId} />{' '}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => updateEntry({ personId: null })}
            >
              {t('people.unlink')}
            </button>
          </p>
        )}
      </div>
      <div className="capture-entry__note">
        <label htmlFor={`${id}-note`}>{t('people.note')}</label>
        <input
          ref={noteRef}
          id={`${id}-note`}
          type="text"
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          value={entry.note}
          onChange={(event) => updateEntry({ note: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
              event.preventDefault();
              onAdd();
            }
          }}
        />
        <TopicChips parsed={parsed} />
        <p id={`${id}-hint`} className="capture-entry__hint muted">
          {t('people.noteHint')}
        </p>
      </div>
    </div>
  );
}
