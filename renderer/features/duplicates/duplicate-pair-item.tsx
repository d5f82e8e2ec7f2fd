// One likely duplicate pair: why it was found, each person's company and e-mails side by side
// (links to their pages), and the two answers: Merge… (the merge dialog) or Not the same person.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../../../shared/domain/entities';
import type { ShownDuplicatePair } from './use-duplicate-pairs';

function PairSide({ person }: { person: Person }) {
  return (
    <div className="duplicate-pair__side">
      <Link to={`/people/${encodeURIComponent(person.id)}`} className="duplicate-pair__name">
        {person.displayName}
      </Link>
      {person.nameReading.trim() !== '' && (
        <span className="duplicate-pair__detail">{person.nameReading}</span>
      )}
      {person.company.trim() !== '' && (
        <span className="duplicate-pair__detail">{person.company}</span>
      )}
      {person.emails.map((email) => (
        <span key={email} className="duplicate-pair__detail">
          {email}
        </span>
      ))}
    </div>
  );
}

export function DuplicatePairItem({
  pair,
  onMerge,
  onNotSame,
}: {
  pair: ShownDuplicatePair;
  onMerge(): void;
  onNotSame(): void;
}) {
  const { t } = useTranslation('duplicates');
  const names = { a: pair.a.displayName, b: pair.b.displayName };
  return (
    <li className="duplicate-pair" aria-label={t('pairLabel', names)}>
      <p className="duplicate-pair__reasons">
        {pair.reasons.map((reason) => t(`reasons.${reason}`)).join(' · ')}
      </p>
      <div className="duplicate-pair__sides">
        <PairSide person={pair.a} />
        <PairSide person={pair.b} />
      </div>
      <div className="duplicate-pair__actions">
        <button
          type="button"
          className="button button--primary"
          aria-label={t('mergeLabel', names)}
          onClick={onMerge}
        >
          {t('merge')}
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('notSameLabel', names)}
          onClick={onNotSame}
        >
          {t('notSame')}
        </button>
      </div>
    </li>
  );
}
