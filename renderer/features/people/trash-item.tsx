// One row of the Trash, whatever it holds (a person, an event, a meeting, a volunteer shift): what
// it was, when it was deleted, Restore (left out where restoring is not offered) and Delete for
// good. `name` says whose buttons they are to screen readers.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRelativePast } from './format-relative-time';

export function TrashItem({
  name,
  title,
  details,
  deletedAt,
  onRestore,
  onPurge,
}: {
  name: string;
  title: ReactNode;
  details: ReactNode[];
  deletedAt: number;
  onRestore?: () => void;
  onPurge(): void;
}) {
  const { t, i18n } = useTranslation('people');
  const [now] = useState(() => Date.now());
  return (
    <li className="trash-item">
      <div className="trash-item__who">
        {title}
        {details.map((detail, index) => (
          <span key={index} className="trash-item__details">
            {detail}
          </span>
        ))}
        <span className="trash-item__details">
          {t('trash.trashedWhen', { when: formatRelativePast(deletedAt, now, i18n.language) })}
        </span>
      </div>
      <div className="trash-item__actions">
        {onRestore && (
          <button
            type="button"
            className="button"
            aria-label={t('trash.restoreLabel', { name })}
            onClick={onRestore}
          >
            {t('trash.restore')}
          </button>
        )}
        <button
          type="button"
          className="button button--danger"
          aria-label={t('trash.deleteForGoodLabel', { name })}
          onClick={onPurge}
        >
          {t('trash.deleteForGood')}
        </button>
      </div>
    </li>
  );
}
