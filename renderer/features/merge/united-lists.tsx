// What a merge unites rather than chooses: e-mails, phones, links, languages and topics of both
// people (shown as the merged result), and the notes, joined.
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { mergedPerson } from '../../../shared/people/merge-people';

const LISTS = ['emails', 'phones', 'links', 'languages', 'interests', 'offers', 'asks'] as const;

export function UnitedLists({ kept, other }: { kept: Person; other: Person }) {
  const { t } = useTranslation('merge');
  const merged = mergedPerson(kept, other);
  const lists = LISTS.filter((field) => merged[field].length > 0);
  if (lists.length === 0) return null;
  return (
    <div className="merge-dialog__lists">
      <p>{t('unitedIntro')}</p>
      <dl className="facts">
        {lists.map((field) => (
          <div key={field} className="merge-dialog__list">
            <dt>{t(`fields.${field}`)}</dt>
            <dd>{merged[field].join(', ')}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
