// The "Add person" dialog: names (with reading and order), e-mail, company, role, profile URL and a
// note. As the user types it warns about probable duplicates, with "Open" to go to that person;
// saving anyway is one click more ("Add anyway"). Saving opens the new person's page.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NameOrder } from '../../../shared/domain/entities';
import { composeDisplayName } from '../../../shared/people/compose-display-name';
import { useDatabase } from '../../app/database-context';
import { keepTabFocusInside } from '../../app/focus-trap';
import { useModalFocus } from '../../app/use-modal-focus';
import { showToast } from '../../app/toasts/toast-store';
import { createPerson } from '../../data/writes/people-writes';
import '../../styles/add-person.css';
import { closeAddPerson } from './add-person-store';
import { DuplicateWarning } from './duplicate-warning';
import { useProbableDuplicates } from './use-probable-duplicates';

const EMPTY_FORM = {
  givenName: '',
  familyName: '',
  nameReading: '',
  email: '',
  company: '',
  role: '',
  link: '',
  note: '',
};
type FormField = keyof typeof EMPTY_FORM;
const TEXT_FIELDS: readonly FormField[] = [
  'nameReading',
  'email',
  'company',
  'role',
  'link',
  'note',
];

export function AddPersonDialog() {
  const { t } = useTranslation('add-person');
  const db = useDatabase();
  const navigate = useNavigate();
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState(EMPTY_FORM);
  const [nameOrder, setNameOrder] = useState<NameOrder>('given-family');
  const [saving, setSaving] = useState(false);
  const displayName = composeDisplayName(form.givenName, form.familyName, nameOrder);
  const duplicates = useProbableDuplicates({
    displayName,
    givenName: form.givenName.trim(),
    familyName: form.familyName.trim(),
    nameReading: form.nameReading.trim(),
    emails: [form.email],
    links: [form.link],
  });

  useModalFocus(formRef);

  const set = (field: FormField) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));

  const openExisting = (personId: string) => {
    closeAddPerson();
    navigate(`/people/${encodeURIComponent(personId)}`);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (displayName === '' || saving) return;
    setSaving(true);
    try {
      const person = await createPerson(db, {
        givenName: form.givenName,
        familyName: form.familyName,
        nameOrder,
        nameReading: form.nameReading,
        emails: [form.email],
        links: [form.link],
        company: form.company,
        role: form.role,
        notes: form.note,
      });
      closeAddPerson();
      navigate(`/people/${encodeURIComponent(person.id)}`);
    } catch {
      setSaving(false);
      showToast({ message: t('failed'), tone: 'error' });
    }
  };

  const nameField = (field: 'givenName' | 'familyName') => (
    <label className="add-person__field" key={field}>
      <span>{t(`fields.${field}`)}</span>
      <input type="text" autoComplete="off" value={form[field]} onChange={set(field)} />
    </label>
  );
  const names =
    nameOrder === 'family-given'
      ? [nameField('familyName'), nameField('givenName')]
      : [nameField('givenName'), nameField('familyName')];

  return (
    <div className="modal-backdrop">
      <form
        ref={formRef}
        className="modal add-person"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={(event) => void save(event)}
        onKeyDown={(event) => {
          keepTabFocusInside(event);
          if (event.key === 'Escape') {
            event.stopPropagation();
            closeAddPerson();
          }
        }}
      >
        <h2 id={titleId}>{t('title')}</h2>
        <div className="add-person__names">{names}</div>
        <label className="add-person__order">
          <input
            type="checkbox"
            checked={nameOrder === 'family-given'}
            onChange={(event) =>
              setNameOrder(event.target.checked ? 'family-given' : 'given-family')
            }
          />
          {t('fields.familyFirst')}
        </label>
        {TEXT_FIELDS.map((field) => (
          <label className="add-person__field" key={field}>
            <span>{t(`fields.${field}`)}</span>
            <input
              type={field === 'email' ? 'email' : field === 'link' ? 'url' : 'text'}
              autoComplete="off"
              value={form[field]}
              onChange={set(field)}
            />
          </label>
        ))}
        <DuplicateWarning duplicates={duplicates} onOpen={openExisting} />
        <div className="modal__actions">
          <button type="button" className="button" onClick={closeAddPerson}>
            {t('cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={displayName === '' || saving}
          >
            {duplicates.length > 0 ? t('addAnyway') : t('add')}
          </button>
        </div>
      </form>
    </div>
  );
}
