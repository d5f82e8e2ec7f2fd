// The name block: given and family name in the person's order (a toggle: Japanese names read
// family-first), the kana reading, and the display name, which is composed from the parts unless
// the user writes one of their own (emptying it goes back to the composed one).
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { composeDisplayName } from '../../../shared/people/compose-display-name';
import { EditableText } from './editable-text';
import type { SavePersonChanges } from './use-person-editor';

export function NameFields({ person, save }: { person: Person; save: SavePersonChanges }) {
  const { t } = useTranslation('person');
  const familyFirst = person.nameOrder === 'family-given';
  const composed = composeDisplayName(person.givenName, person.familyName, person.nameOrder);
  const given = (
    <EditableText
      key="given"
      label={t('fields.givenName')}
      value={person.givenName}
      onSave={(givenName) => void save({ givenName })}
    />
  );
  const family = (
    <EditableText
      key="family"
      label={t('fields.familyName')}
      value={person.familyName}
      onSave={(familyName) => void save({ familyName })}
    />
  );
  return (
    <fieldset className="person-section person-names">
      <legend className="person-section__title">{t('sections.name')}</legend>
      <div className="person-names__parts">{familyFirst ? [family, given] : [given, family]}</div>
      <label className="person-names__order">
        <input
          type="checkbox"
          checked={familyFirst}
          onChange={(event) =>
            void save({ nameOrder: event.target.checked ? 'family-given' : 'given-family' })
          }
        />
        {t('fields.familyFirst')}
      </label>
      <EditableText
        label={t('fields.nameReading')}
        value={person.nameReading}
        placeholder={t('fields.nameReadingPlaceholder')}
        onSave={(nameReading) => void save({ nameReading })}
      />
      <EditableText
        label={t('fields.displayName')}
        value={person.displayName === composed ? '' : person.displayName}
        placeholder={composed}
        onSave={(displayName) => void save({ displayName })}
      />
    </fieldset>
  );
}
