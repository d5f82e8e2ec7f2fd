// A list field edited in place (e-mails, phones, links, languages): each entry is its own
// in-place field (emptied = removed), with a remove button and, for e-mails and links, a button
// that opens it outside the app; a last field adds an entry on Enter or blur. Each change goes out
// as one edit naming the entry (shared/people/list-edit), never as the list on screen, which may
// be behind the stored one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListEdit } from '../../../shared/people/list-edit';
import { mailtoUrl } from '../../../shared/platform/mailto-url';
import { usePlatform } from '../../app/platform-context';
import { EditableText } from './editable-text';

interface EditableListProps {
  label: string;
  /** Accessible label of the field that adds an entry, e.g. "Add an e-mail". */
  addLabel: string;
  values: readonly string[];
  onEdit(edit: ListEdit): void;
  type?: 'text' | 'email' | 'tel' | 'url';
  /** How an entry opens outside the app, if it can. */
  opens?: 'mailto' | 'link';
}

/** Where an entry opens outside the app; null for an e-mail entry that is not one address. */
function externalUrl(value: string, opens: 'mailto' | 'link'): string | null {
  if (opens === 'mailto') return mailtoUrl(value);
  return /^https?:\/\//i.test(value.trim()) ? value.trim() : `https://${value.trim()}`;
}

export function EditableList({ label, addLabel, values, onEdit, type, opens }: EditableListProps) {
  const { t } = useTranslation('person');
  const platform = usePlatform();
  const [adding, setAdding] = useState('');

  const add = () => {
    if (adding.trim() !== '') onEdit({ add: adding.trim() });
    setAdding('');
  };

  return (
    <fieldset className="person-list">
      <legend className="person-field__label">{label}</legend>
      <ul className="person-list__items">
        {values.map((value, index) => {
          const url = opens && externalUrl(value, opens);
          return (
            <li key={`${index}-${value}`} className="person-list__item">
              <EditableText
                label={`${label} ${index + 1}`}
                hideLabel
                value={value}
                type={type}
                onSave={(next) => onEdit({ replace: value, with: next.trim() })}
              />
              {opens && url && (
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={
                    opens === 'mailto'
                      ? t('list.writeTo', { value })
                      : t('list.openLink', { value })
                  }
                  onClick={() => void platform.openExternal(url)}
                >
                  {opens === 'mailto' ? t('list.write') : t('list.open')}
                </button>
              )}
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('list.remove', { value })}
                onClick={() => onEdit({ remove: value })}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <input
        className="editable"
        type={type ?? 'text'}
        aria-label={addLabel}
        placeholder={addLabel}
        autoComplete="off"
        spellCheck={false}
        value={adding}
        onChange={(event) => setAdding(event.target.value)}
        onBlur={add}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
      />
    </fieldset>
  );
}
