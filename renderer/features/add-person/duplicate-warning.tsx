// "Probably already in Hallway": who, and why ("Same e-mail as Aiko Tanaka"), with a way to open
// that person and, on a person page, to merge the two.
import { useTranslation } from 'react-i18next';
import type { ProbableDuplicate } from '../../../shared/people/probable-duplicates';

interface DuplicateWarningProps {
  duplicates: readonly ProbableDuplicate[];
  onOpen(personId: string): void;
  onMerge?(personId: string): void;
}

export function DuplicateWarning({ duplicates, onOpen, onMerge }: DuplicateWarningProps) {
  const { t } = useTranslation('add-person');
  if (duplicates.length === 0) return null;
  return (
    <section className="duplicate-warning" role="status" aria-label={t('duplicates.label')}>
      <p className="duplicate-warning__title">
        {t('duplicates.title', { count: duplicates.length })}
      </p>
      <ul className="duplicate-warning__list">
        {duplicates.map(({ person, reasons }) => (
          <li key={person.id} className="duplicate-warning__item">
            <span>
              {reasons
                .map((reason) => t(`duplicates.reason.${reason}`, { name: person.displayName }))
                .join(' · ')}
            </span>
            <button
              type="button"
              className="button"
              aria-label={t('duplicates.openLabel', { name: person.displayName })}
              onClick={() => onOpen(person.id)}
            >
              {t('duplicates.open')}
            </button>
            {onMerge && (
              <button
                type="button"
                className="button"
                aria-label={t('duplicates.mergeLabel', { name: person.displayName })}
                onClick={() => onMerge(person.id)}
              >
                {t('duplicates.merge')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
