// The topics typed inline in a note (#interest +offer ?ask), shown as chips as they are typed.
import { useTranslation } from 'react-i18next';
import type { ParsedCaptureNote } from '../../../shared/capture/parse-capture-note';

const GROUPS = [
  { field: 'interests', sigil: '#' },
  { field: 'offers', sigil: '+' },
  { field: 'asks', sigil: '?' },
] as const;

export function TopicChips({ parsed }: { parsed: ParsedCaptureNote }) {
  const { t } = useTranslation('quick-capture');
  const chips = GROUPS.flatMap(({ field, sigil }) =>
    parsed[field].map((topic) => ({ field, sigil, topic })),
  );
  if (chips.length === 0) return null;
  return (
    <ul className="capture-chips" aria-label={t('topics.label')}>
      {chips.map(({ field, sigil, topic }) => (
        <li key={`${field}:${topic}`} className={`capture-chip capture-chip--${field}`}>
          <span aria-hidden="true">{sigil}</span>
          {topic}
          <span className="capture-chip__kind">{t(`topics.${field}`)}</span>
        </li>
      ))}
    </ul>
  );
}
