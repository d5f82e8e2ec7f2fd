// One row of the import preview: the line, the person as the file gives them, what they match
// ("matches Aiko Tanaka by e-mail aiko@…") and the decision, a native select so that it works
// from the keyboard (Tab to it, arrows to change). Positioned by the virtualiser.
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDecision, PlannedRow } from '../../../../shared/import/import-preview';
import { IMPORT_DECISIONS, describeMatch, describeRowDetails } from './describe-planned-row';

export function PlannedRowItem({
  row,
  decision,
  style,
  onDecide,
}: {
  row: PlannedRow;
  decision: ImportDecision;
  style: CSSProperties;
  onDecide(line: number, decision: ImportDecision): void;
}) {
  const { t } = useTranslation('import');
  const match = describeMatch(t, row);
  const details = describeRowDetails(t, row);
  return (
    <div
      role="listitem"
      className={`import-row import-row--${decision}`}
      style={style}
      data-line={row.line}
    >
      <span className="import-row__line">{t('preview.line', { line: row.line })}</span>
      <div className="import-row__person">
        <span className="import-row__name">{row.person.displayName}</span>
        {details !== '' && <span className="import-row__details">{details}</span>}
        {match !== '' && <span className="import-row__match">{match}</span>}
      </div>
      <select
        className="import-row__decision"
        value={decision}
        aria-label={t('preview.decisionLabel', {
          line: row.line,
          name: row.person.displayName,
        })}
        onChange={(event) => onDecide(row.line, event.currentTarget.value as ImportDecision)}
      >
        {IMPORT_DECISIONS.map((option) => (
          <option key={option} value={option} disabled={option === 'merge' && !row.match}>
            {t(`decision.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
