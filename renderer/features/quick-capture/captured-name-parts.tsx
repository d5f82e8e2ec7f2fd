// A new person's family and given names, split from the name typed the way imports split it
// (family first for Japanese names) and shown so that a wrong split is corrected before saving:
// the vCard N field and sorting depend on them.
import { useTranslation } from 'react-i18next';
import { likelyNameOrder } from '../../../shared/people/compose-display-name';
import { capturedNameParts, type CapturedRow } from './capture-draft';
import { updateRowNameParts } from './quick-capture-store';

export function CapturedNameParts({ row }: { row: CapturedRow }) {
  const { t } = useTranslation('quick-capture');
  const parts = capturedNameParts(row);
  const fields = [
    { part: 'familyName', label: t('people.familyName', { name: row.name }) },
    { part: 'givenName', label: t('people.givenName', { name: row.name }) },
  ] as const;
  const ordered = likelyNameOrder('', row.name) === 'family-given' ? fields : [...fields].reverse();
  return (
    <span className="capture-person__parts">
      {ordered.map(({ part, label }) => (
        <input
          key={part}
          className="capture-person__part"
          aria-label={label}
          placeholder={t(`people.${part}Short`)}
          value={parts[part]}
          onChange={(event) =>
            updateRowNameParts(row.key, { ...parts, [part]: event.target.value })
          }
        />
      ))}
    </span>
  );
}
