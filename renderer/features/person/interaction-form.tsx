// The fields of an interaction (kind, day, note), for logging a new one and for editing one.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERACTION_KINDS, type InteractionKind } from '../../../shared/domain/entities';
import { fromDateInputValue, toDateInputValue } from './calendar-date';

export interface InteractionDraft {
  kind: InteractionKind;
  at: number;
  note: string;
}

interface InteractionFormProps {
  /** `at: null` starts on today's date and logs the time of saving. */
  initial: Omit<InteractionDraft, 'at'> & { at: number | null };
  submitLabel: string;
  onSubmit(draft: InteractionDraft): Promise<void>;
  onCancel?(): void;
}

export function InteractionForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: InteractionFormProps) {
  const { t } = useTranslation('person');
  const [kind, setKind] = useState(initial.kind);
  const [day, setDay] = useState(() => toDateInputValue(initial.at ?? Date.now()));
  const [note, setNote] = useState(initial.note);
  const noteId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const unchanged = initial.at !== null && day === toDateInputValue(initial.at);
    const at = unchanged ? initial.at : fromDateInputValue(day);
    if (at === null) return;
    await onSubmit({ kind, at, note });
    setNote('');
  };

  return (
    <form
      className="interaction-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label className="person-field">
        <span className="person-field__label">{t('timeline.kind')}</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as InteractionKind)}>
          {INTERACTION_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`kinds.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="person-field">
        <span className="person-field__label">{t('timeline.date')}</span>
        <input
          type="date"
          className="editable"
          required
          value={day}
          onChange={(event) => setDay(event.target.value)}
        />
      </label>
      <label className="person-field interaction-form__note" htmlFor={noteId}>
        <span className="person-field__label">{t('timeline.note')}</span>
        <input
          id={noteId}
          type="text"
          className="editable"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <div className="interaction-form__actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('timeline.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
