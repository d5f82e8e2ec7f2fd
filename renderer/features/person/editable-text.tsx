// A field edited in place: it looks like text until focused, keeps what is typed as a draft, and
// saves on blur or Enter (Ctrl/⌘+Enter in a multi-line field); Escape puts the stored value back.
// While not focused it always shows the stored value, so an undo shows at once.
import { useRef, useState, type KeyboardEvent } from 'react';

interface EditableTextProps {
  label: string;
  value: string;
  onSave(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'number';
  /** Shown to screen readers only when the label is visible elsewhere. */
  hideLabel?: boolean;
}

export function EditableText({
  label,
  value,
  onSave,
  multiline = false,
  placeholder,
  type = 'text',
  hideLabel = false,
}: EditableTextProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const cancelled = useRef(false);

  const commit = () => {
    if (!cancelled.current && draft !== null && draft.trim() !== value.trim()) onSave(draft);
    cancelled.current = false;
    setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const submits = multiline
      ? event.key === 'Enter' && (event.ctrlKey || event.metaKey)
      : event.key === 'Enter';
    if (submits) {
      event.preventDefault();
      event.currentTarget.blur();
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      event.stopPropagation();
      cancelled.current = true;
      event.currentTarget.blur();
    }
  };

  const common = {
    className: multiline ? 'editable editable--multiline' : 'editable',
    value: draft ?? value,
    title: draft === null && value !== '' ? value : undefined,
    placeholder,
    onFocus: () => setDraft(value),
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
  };

  return (
    <label className="person-field">
      <span className={hideLabel ? 'visually-hidden' : 'person-field__label'}>{label}</span>
      {multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input {...common} type={type} autoComplete="off" spellCheck={false} />
      )}
    </label>
  );
}
