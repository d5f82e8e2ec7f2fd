// The preview, before anything is written: what the file is (format, encoding, with an override),
// how many people will be created, merged and skipped, every row with its changeable decision,
// every row that will not be imported and why, and for attendee lists the event to attach them to.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextEncodingName } from '../../../../shared/import/decode-text';
import {
  countDecisions,
  type ImportDecision,
  type ImportPreview,
  type PlannedRow,
} from '../../../../shared/import/import-preview';
import { useFormatters } from '../../../i18n/format';
import { AttachToEvent, isCompleteChoice, type EventChoice } from './attach-to-event';
import { EncodingSelect } from './encoding-select';
import { InvalidRowList } from './invalid-row-list';
import { PlannedRowList } from './planned-row-list';
import { useEventChoice } from './use-event-choice';

export interface ImportRequest {
  decisions: ReadonlyMap<number, ImportDecision>;
  event: EventChoice;
}

export function PreviewStep({
  preview,
  fileName,
  error,
  onEncoding,
  onImport,
  onBack,
  onClose,
  onChangeMapping,
}: {
  preview: ImportPreview;
  fileName: string;
  /** Why the last Import did not go through (nothing was written). */
  error: string | null;
  onEncoding(encoding: TextEncodingName): void;
  onImport(request: ImportRequest): void;
  onBack(): void;
  onClose(): void;
  /** Back to the column mapping (a generic CSV only). */
  onChangeMapping?: () => void;
}) {
  const { t } = useTranslation('import');
  const format = useFormatters();
  const [decisions, setDecisions] = useState<ReadonlyMap<number, ImportDecision>>(new Map());
  const offersEvent =
    preview.isAttendeeList || preview.isVolunteerRoster || preview.format === 'generic-csv';
  const {
    choice: event,
    setChoice: setEvent,
    newEventDefaults,
    recognised,
  } = useEventChoice(preview, fileName);
  const counts = useMemo(
    () => countDecisions(preview.rows, preview.invalid.length, decisions),
    [preview, decisions],
  );
  const decisionOf = (row: PlannedRow) => decisions.get(row.line) ?? row.decision;
  const decide = (line: number, decision: ImportDecision) =>
    setDecisions((current) => new Map(current).set(line, decision));
  const matched = useMemo(() => preview.rows.filter((row) => row.match), [preview.rows]);
  const decideAllMatched = (decision: ImportDecision) =>
    setDecisions((current) => {
      const next = new Map(current);
      for (const row of matched) next.set(row.line, decision);
      return next;
    });
  const writes = counts.create + counts.merge > 0;

  return (
    <div className="import-preview">
      <div className="import-preview__file">
        <p>{t('preview.fileFacts', { name: fileName, format: t(`format.${preview.format}`) })}</p>
        <EncodingSelect encoding={preview.encoding} onChange={onEncoding} />
      </div>
      {preview.confidence < 1 && <p className="muted">{t('encoding.guessed')}</p>}
      <p className="import-preview__counts" role="status">
        {t('preview.counts', {
          create: format.number(counts.create),
          merge: format.number(counts.merge),
          skip: format.number(counts.skip),
          invalid: format.number(counts.invalid),
        })}
      </p>
      {matched.length > 0 && (
        <div className="import-preview__bulk">
          <button type="button" className="button" onClick={() => decideAllMatched('merge')}>
            {t('preview.mergeAllMatched', {
              count: matched.length,
              formattedCount: format.number(matched.length),
            })}
          </button>
          <button type="button" className="button" onClick={() => decideAllMatched('skip')}>
            {t('preview.skipAllMatched', {
              count: matched.length,
              formattedCount: format.number(matched.length),
            })}
          </button>
        </div>
      )}
      {preview.rows.length > 0 && (
        <PlannedRowList rows={preview.rows} decisionOf={decisionOf} onDecide={decide} />
      )}
      <InvalidRowList invalid={preview.invalid} warnings={preview.warnings} />
      {offersEvent && (
        <AttachToEvent
          choice={event}
          newEventDefaults={newEventDefaults}
          recognised={recognised}
          onChange={setEvent}
        />
      )}
      {!writes && <p className="muted">{t('preview.nothingToImport')}</p>}
      {error !== null && (
        <p role="alert" className="import-preview__error">
          {error}
        </p>
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('dialog.chooseAnother')}
        </button>
        {onChangeMapping && (
          <button type="button" className="button" onClick={onChangeMapping}>
            {t('mapping.change')}
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={!writes || !isCompleteChoice(event) || recognised === undefined}
          onClick={() => onImport({ decisions, event })}
        >
          {t('preview.import', { formattedCount: format.number(counts.create + counts.merge) })}
        </button>
      </div>
    </div>
  );
}
