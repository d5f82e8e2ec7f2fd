// Every row of the file that will not be imported, with its line and the reason in words, and the
// rows that import with a warning (a date that could not be read). Nothing is dropped silently.
// Long lists grow a page at a time ("Show more") so that a bad 50,000-row file stays responsive.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/import/import-preview';
import { useFormatters } from '../../../i18n/format';

const PAGE = 200;

export function InvalidRowList({ invalid, warnings }: Pick<ImportPreview, 'invalid' | 'warnings'>) {
  const { t } = useTranslation('import');
  const format = useFormatters();
  const [shown, setShown] = useState(PAGE);
  if (invalid.length === 0 && warnings.length === 0) return null;
  const items = [
    ...invalid.map((row) => ({
      key: `invalid-${row.line}`,
      line: row.line,
      text: t(`rejected.${row.reason}`, {
        field: row.field ? t(`fields.${row.field}`) : '',
        limit: format.number(row.limit ?? 0),
      }),
      tone: 'invalid',
    })),
    ...warnings.map((warning, index) => ({
      key: `warning-${warning.line}-${index}`,
      line: warning.line,
      text: t(`warning.${warning.reason}`, { value: warning.value }),
      tone: 'warning',
    })),
  ].sort((a, b) => a.line - b.line);
  const hidden = items.length - shown;
  return (
    <section className="import-problems" aria-labelledby="import-problems-heading">
      <h3 id="import-problems-heading">
        {t('preview.problemsHeading', {
          count: invalid.length,
          formattedCount: format.number(invalid.length),
        })}
      </h3>
      <ul className="import-problems__list" aria-label={t('preview.problemsLabel')}>
        {items.slice(0, shown).map((item) => (
          <li
            key={item.key}
            className={`import-problems__item import-problems__item--${item.tone}`}
          >
            <span className="import-problems__line">{t('preview.line', { line: item.line })}</span>
            <span>{item.text}</span>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setShown(shown + PAGE)}
        >
          {t('preview.showMoreProblems', { formattedCount: format.number(hidden) })}
        </button>
      )}
    </section>
  );
}
