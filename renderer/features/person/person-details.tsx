// Every editable field of a person, saved as you go through the page's editor: single fields as
// changes, lists (languages, e-mails, phones, links, topics) as one edit at a time.
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { EditableList } from './editable-list';
import { EditableText } from './editable-text';
import { KeepInTouchField } from './keep-in-touch-field';
import { NameFields } from './name-fields';
import { TopicChips } from './topic-chips';
import type { PersonEditor } from './use-person-editor';

export function PersonDetails({ person, editor }: { person: Person; editor: PersonEditor }) {
  const { t } = useTranslation('person');
  const { save, editList } = editor;
  return (
    <div className="person-details">
      <NameFields person={person} save={save} />
      <fieldset className="person-section">
        <legend className="person-section__title">{t('sections.work')}</legend>
        <EditableText
          label={t('fields.company')}
          value={person.company}
          onSave={(company) => void save({ company })}
        />
        <EditableText
          label={t('fields.role')}
          value={person.role}
          onSave={(role) => void save({ role })}
        />
        <EditableText
          label={t('fields.location')}
          value={person.location}
          onSave={(location) => void save({ location })}
        />
        <EditableList
          label={t('fields.languages')}
          addLabel={t('fields.addLanguage')}
          values={person.languages}
          onEdit={(edit) => void editList('languages', edit)}
        />
      </fieldset>
      <fieldset className="person-section">
        <legend className="person-section__title">{t('sections.contact')}</legend>
        <EditableList
          label={t('fields.emails')}
          addLabel={t('fields.addEmail')}
          type="email"
          opens="mailto"
          values={person.emails}
          onEdit={(edit) => void editList('emails', edit)}
        />
        <EditableList
          label={t('fields.phones')}
          addLabel={t('fields.addPhone')}
          type="tel"
          values={person.phones}
          onEdit={(edit) => void editList('phones', edit)}
        />
        <EditableList
          label={t('fields.links')}
          addLabel={t('fields.addLink')}
          type="url"
          opens="link"
          values={person.links}
          onEdit={(edit) => void editList('links', edit)}
        />
        <KeepInTouchField
          days={person.keepInTouchDays}
          onSave={(keepInTouchDays) => void save({ keepInTouchDays })}
        />
      </fieldset>
      <fieldset className="person-section">
        <legend className="person-section__title">{t('sections.topics')}</legend>
        <TopicChips
          label={t('topics.interests')}
          keys={person.interests}
          onEdit={(edit) => void editList('interests', edit)}
        />
        <TopicChips
          label={t('topics.offers')}
          keys={person.offers}
          onEdit={(edit) => void editList('offers', edit)}
        />
        <TopicChips
          label={t('topics.asks')}
          keys={person.asks}
          onEdit={(edit) => void editList('asks', edit)}
        />
      </fieldset>
      <fieldset className="person-section">
        <legend className="person-section__title">{t('sections.notes')}</legend>
        <EditableText
          label={t('fields.notes')}
          hideLabel
          multiline
          value={person.notes}
          onSave={(notes) => void save({ notes })}
        />
      </fieldset>
    </div>
  );
}
