// A labelled text field of Settings → Sync, with its hint or error said by the field itself
// (aria-describedby) and marked invalid while the error stands.
import { useId } from 'react';

export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  autoComplete = 'off',
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string | null;
  autoComplete?: string;
}) {
  const id = useId();
  const noteId = useId();
  const note = error ?? hint;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div>
        <input
          id={id}
          type="text"
          value={value}
          autoComplete={autoComplete}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={note ? noteId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {note && (
          <p id={noteId} className={error ? 'sync-error' : 'muted'}>
            {note}
          </p>
        )}
      </div>
    </>
  );
}
