// One stated relationship on a person's page: the sentence from this person's side, the note and
// since when, Edit and Remove (Remove is undone from its toast).
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { useFormatters } from '../../i18n/format';
import type { PersonRelationship } from '../../repositories/relationships-repository';
import { RelationshipSentence } from './relationship-sentence';
import { wordingOf } from './relationship-wording';

export function RelationshipItem({
  person,
  view,
  onEdit,
  onRemove,
}: {
  person: Person;
  view: PersonRelationship;
  onEdit(): void;
  onRemove(): void;
}) {
  const { t } = useTranslation('relationships');
  const format = useFormatters();
  const { relationship, other, outgoing } = view;
  const name = other.displayName;
  return (
    <li className="relationship">
      <p className="relationship__sentence">
        <RelationshipSentence
          wording={wordingOf(relationship.kind, outgoing)}
          self={person.displayName}
          other={other}
        />
        {relationship.since !== null && (
          <span className="relationship__since">
            {' · '}
            {t('since', { date: format.date(relationship.since) })}
          </span>
        )}
      </p>
      {relationship.note !== '' && <p className="relationship__note">{relationship.note}</p>}
      <div className="relationship__actions">
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('editNamed', { name })}
          onClick={onEdit}
        >
          {t('edit')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('removeNamed', { name })}
          onClick={onRemove}
        >
          {t('remove')}
        </button>
      </div>
    </li>
  );
}
