// Adding a relationship from a person's page ("Knows…"), or editing one: the other person (the
// app's person picker, as in the introductions dialog), how the two are related as read from this
// page's person, an optional note and "since" date, and a preview of the sentence the page will
// show. Picking the person moves focus on to the kind, and Enter saves from there, so the whole
// form works from the keyboard.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTED_RELATIONSHIP_KINDS, type Person } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { ModalFrame } from '../../app/modal-frame';
import { showToast } from '../../app/toasts/toast-store';
import { addRelationship, updateRelationship } from '../../data/writes/relationships-writes';
import { WriteError } from '../../data/writes/write-error';
import type { PersonRelationship } from '../../repositories/relationships-repository';
import '../../styles/introductions.css';
import { PersonSlot } from '../introductions/person-slot';
import { fromDateInputValue, toDateInputValue } from '../person/calendar-date';
import { usePerson } from '../person/use-person';
import { RelationshipSentence } from './relationship-sentence';
import {
  kindOfWording,
  wordingOf,
  WORDINGS,
  type RelationshipWording,
} from './relationship-wording';

export function RelationshipDialog({
  person,
  editing,
  onClose,
}: {
  person: Person;
  /** The relationship to edit; without it, a new one is added. */
  editing?: PersonRelationship;
  onClose(): void;
}) {
  const { t } = useTranslation('relationships');
  const db = useDatabase();
  const stored = editing?.relationship;
  const [otherId, setOtherId] = useState<string | null>(editing?.other.id ?? null);
  const [wording, setWording] = useState<RelationshipWording>(
    editing ? wordingOf(editing.relationship.kind, editing.outgoing) : 'knows',
  );
  const [note, setNote] = useState(stored?.note ?? '');
  const [since, setSince] = useState(stored?.since ? toDateInputValue(stored.since) : '');
  const [saving, setSaving] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const kindSelect = useRef<HTMLSelectElement>(null);
  const focusNext = useRef<'name' | 'kind' | null>(null);
  const otherLookup = usePerson(otherId ?? '');
  const other = otherLookup.state === 'found' ? otherLookup.person : null;

  // The picker and the chosen name replace each other: what to focus exists after the render.
  useEffect(() => {
    if (focusNext.current === 'name') nameInput.current?.focus();
    if (focusNext.current === 'kind') kindSelect.current?.focus();
    focusNext.current = null;
  }, [otherId]);

  const pick = (personId: string | null) => {
    setOtherId(personId);
    focusNext.current = personId === null ? 'name' : 'kind';
  };

  const save = async () => {
    if (!otherId || !other) return;
    setSaving(true);
    const { kind, reversed } = kindOfWording(wording);
    const fields = { kind, note, since: since === '' ? null : fromDateInputValue(since) };
    try {
      if (editing) {
        const fromThisSide = !reversed;
        const turn = DIRECTED_RELATIONSHIP_KINDS.has(kind) && fromThisSide !== editing.outgoing;
        await updateRelationship(db, editing.relationship.id, { ...fields, reversed: turn });
      } else {
        const [fromId, toId] = reversed ? [otherId, person.id] : [person.id, otherId];
        await addRelationship(db, { ...fields, fromId, toId });
      }
      showToast({ message: t('saved', { name: other.displayName }), tone: 'success' });
      onClose();
    } catch (error) {
      setSaving(false);
      const duplicate = error instanceof WriteError && error.code === 'duplicate';
      showToast({
        tone: 'error',
        message: duplicate
          ? t('duplicate', { self: person.displayName, other: other.displayName })
          : t('failed'),
      });
    }
  };

  const title = t(editing ? 'dialog.editTitle' : 'dialog.addTitle', { name: person.displayName });
  return (
    <ModalFrame title={title} className="introduction-dialog" onClose={onClose}>
      <form
        className="introduction-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        onKeyDown={(event) => {
          // Enter saves from the kind too (a select does not submit on its own), and Ctrl/⌘+Enter
          // from anywhere, as in the app's other forms.
          const onSelect = event.target instanceof HTMLSelectElement;
          if (event.key !== 'Enter' || !(onSelect || event.ctrlKey || event.metaKey)) return;
          event.preventDefault();
          event.currentTarget.requestSubmit();
        }}
      >
        {editing ? (
          <p className="introduction-slot">
            <span className="person-field__label">{t('dialog.who')}</span>
            <span className="introduction-slot__name">{editing.other.displayName}</span>
          </p>
        ) : (
          <PersonSlot
            label={t('dialog.who')}
            personId={otherId}
            excludeId={person.id}
            inputRef={nameInput}
            onChange={pick}
          />
        )}
        <label className="person-field">
          <span className="person-field__label">{t('dialog.kind')}</span>
          <select
            ref={kindSelect}
            value={wording}
            onChange={(event) => setWording(event.target.value as RelationshipWording)}
          >
            {WORDINGS.map((option) => (
              <option key={option} value={option}>
                {t(`options.${option}`)}
              </option>
            ))}
          </select>
        </label>
        {other && (
          <p className="relationship-dialog__preview">
            <span className="person-field__label">{t('dialog.preview')}</span>{' '}
            <RelationshipSentence
              wording={wording}
              self={person.displayName}
              other={other}
              linked={false}
            />
          </p>
        )}
        <label className="person-field">
          <span className="person-field__label">{t('dialog.note')}</span>
          <input type="text" value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        <label className="person-field">
          <span className="person-field__label">{t('dialog.since')}</span>
          <input type="date" value={since} onChange={(event) => setSince(event.target.value)} />
        </label>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!other || saving}>
            {t('dialog.save')}
          </button>
        </div>
      </form>
    </ModalFrame>
  );
}
