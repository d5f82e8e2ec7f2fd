// One relationship in words, from the side of the person whose page shows it, the other person
// linked to their page.
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../../../shared/domain/entities';
import type { RelationshipWording } from './relationship-wording';

export function RelationshipSentence({
  wording,
  self,
  other,
  linked = true,
}: {
  wording: RelationshipWording;
  self: string;
  other: Pick<Person, 'id' | 'displayName'>;
  /** False where a link would lead away from unsaved work (the dialog's preview). */
  linked?: boolean;
}) {
  const { t } = useTranslation('relationships');
  const name = linked ? <Link to={`/people/${encodeURIComponent(other.id)}`} /> : <strong />;
  return (
    <Trans
      t={t}
      i18nKey={`sentence.${wording}`}
      values={{ self, other: other.displayName }}
      components={{ other: name }}
    />
  );
}
