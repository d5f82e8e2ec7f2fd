// A CSV from a tool Hallway does not know: each column with a few of its values and what it becomes
// (suggested from the header names; the user changes any of them). The preview needs at least one
// column that gives a name or an e-mail, since a person is made from one of those.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAPPING_TARGETS,
  type ColumnMapping,
  type MappingTarget,
} from '../../../../shared/import/formats/generic-csv';
import type { ImportNeedsMapping } from '../../../../shared/import/import-preview';

const SAMPLE_ROWS = 3;
const IDENTIFYING_TARGETS: ReadonlySet<MappingTarget> = new Set([
  'displayName',
  'givenName',
  'familyName',
  'emails',
]);

export function ColumnMappingStep({
  table,
  initialMapping,
  onPreview,
  onBack,
  onClose,
}: {
  table: ImportNeedsMapping;
  /** The user's earlier choice, when they come back from the preview; else the suggestion. */
  initialMapping?: ColumnMapping;
  onPreview(mapping: ColumnMapping): void;
  onBack(): void;
  onClose(): void;
}) {
  const { t } = useTranslation('import');
  const [mapping, setMapping] = useState<ColumnMapping>(initialMapping ?? table.mapping);
  const samples = table.sampleRows.slice(0, SAMPLE_ROWS);
  const identifies = Object.values(mapping).some((target) => IDENTIFYING_TARGETS.has(target));

  return (
    <div className="import-mapping">
      <p>{t('mapping.intro')}</p>
      <table className="import-mapping__table">
        <thead>
          <tr>
            <th scope="col">{t('mapping.column')}</th>
            <th scope="col">{t('mapping.examples')}</th>
            <th scope="col">{t('mapping.target')}</th>
          </tr>
        </thead>
        <tbody>
          {table.headers.map((header) => (
            <tr key={header}>
              <th scope="row">{header}</th>
              <td className="import-mapping__examples">
                {samples
                  .map((row) => row.values[header] ?? '')
                  .filter((value) => value.trim() !== '')
                  .join(' · ')}
              </td>
              <td>
                <select
                  aria-label={t('mapping.targetFor', { column: header })}
                  value={mapping[header] ?? 'ignore'}
                  onChange={(event) => {
                    const target = event.currentTarget.value as MappingTarget;
                    setMapping((current) => ({ ...current, [header]: target }));
                  }}
                >
                  {MAPPING_TARGETS.map((target) => (
                    <option key={target} value={target}>
                      {t(`mapping.targets.${target}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!identifies && (
        <p className="import-mapping__hint" role="status">
          {t('mapping.needsName')}
        </p>
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('dialog.chooseAnother')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!identifies}
          onClick={() => onPreview(mapping)}
        >
          {t('mapping.preview')}
        </button>
      </div>
    </div>
  );
}
