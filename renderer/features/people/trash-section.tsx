// One list of the Trash (people, events, meetings or shifts): a heading, a note when only the
// newest are shown, and the rows.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

export function TrashSection({
  heading,
  listLabel,
  shown,
  total,
  children,
}: {
  heading: string;
  listLabel: string;
  shown: number;
  total: number;
  children: ReactNode;
}) {
  const { t } = useTranslation('people');
  const format = useFormatters();
  if (total === 0) return null;
  return (
    <section className="trash-section">
      <h2>{heading}</h2>
      {total > shown && (
        <p className="screen__summary">
          {t('trash.showingNewest', {
            formattedShown: format.number(shown),
            formattedCount: format.number(total),
          })}
        </p>
      )}
      <ul className="trash-list" aria-label={listLabel}>
        {children}
      </ul>
    </section>
  );
}
