// A field edited in place: it keeps what is being typed and saves when focus leaves it (or on
// Enter in a one-line field), only when the value changed. When the stored value changes from
// elsewhere while the field is not being edited, the field follows it.
import { useState, type ReactNode } from 'react';

type InputType = 'text' | 'url' | 'datetime-local' | 'textarea';

export function InPlaceField({
  id,
  label,
  value,
  type = 'text',
  list,
  onSave,
}: {
  id: string;
  label: ReactNode;
  value: string;
  type?: InputType;
  list?: string;
  onSave(value: string): Promise<void>;
}) {
  const [text, setText] = useState(value);
  const [stored, setStored] = useState(value);
  if (value !== stored) {
    setStored(value);
    setText(value);
  }
  const save = () => {
    if (text === value) return;
    onSave(text).catch(() => setText(value));
  };
  const common = {
    id,
    value: text,
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
    onBlur: save,
  };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {type === 'textarea' ? (
        <textarea rows={4} {...common} />
      ) : (
        <input
          type={type}
          list={list}
          autoComplete="off"
          {...common}
          onKeyDown={(event) => {
            if (event.key === 'Enter') save();
          }}
        />
      )}
    </>
  );
}
