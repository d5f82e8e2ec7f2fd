// File → Export…: what to export (a table; for people, everyone or the list as filtered now), the
// format (CSV, Excel-safe by default, or vCard 4.0 for people), then a progress bar while the rows
// are read. Cancel stops a running export; Escape and the Close button do the same.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_TABLES, type ExportTable } from '../../../shared/export/export-tables';
import { useFormatters } from '../../i18n/format';
import '../../styles/export.css';
import { ModalFrame } from '../../app/modal-frame';
import type { ExportFormat } from './build-export-file';
import { closeExportDialog, type ExportDialogStart, type PeopleScope } from './export-store';
import { useExportCounts } from './use-export-counts';
import { useFilteredPeopleIds } from './use-filtered-people-ids';
import { useRunExport } from './use-run-export';

export function ExportDialog({ start }: { start: ExportDialogStart }) {
  const { t } = useTranslation('export');
  const format = useFormatters();
  const counts = useExportCounts();
  const list = useFilteredPeopleIds();
  const [table, setTable] = useState<ExportTable>(start.table);
  const [scope, setScope] = useState<PeopleScope>(list.filtered ? start.scope : 'all');
  const [fileFormat, setFileFormat] = useState<ExportFormat>('csv');
  const [excelSafe, setExcelSafe] = useState(true);
  const { run, cancel, progress } = useRunExport(closeExportDialog);
  const people = table === 'people';
  const vcard = people && fileFormat === 'vcard';
  const waitingForList = people && scope === 'list' && list.ids === null;

  const close = () => {
    cancel();
    closeExportDialog();
  };

  return (
    <ModalFrame title={t('title')} className="export-dialog" onClose={close}>
      <form
        className="export-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void run({
            table,
            format: vcard ? 'vcard' : 'csv',
            excelSafe,
            personIds: people && scope === 'list' ? (list.ids ?? undefined) : undefined,
          });
        }}
      >
        <fieldset className="export-dialog__choices" disabled={progress !== null}>
          <legend>{t('what')}</legend>
          {EXPORT_TABLES.map((option) => (
            <label key={option} className="export-dialog__choice">
              <input
                type="radio"
                name="export-table"
                value={option}
                checked={table === option}
                onChange={() => setTable(option)}
              />
              {counts
                ? t('tableWithCount', {
                    table: t(`tables.${option}`),
                    formattedCount: format.number(counts[option]),
                  })
                : t(`tables.${option}`)}
            </label>
          ))}
        </fieldset>
        {people && list.filtered && (
          <fieldset className="export-dialog__choices" disabled={progress !== null}>
            <legend>{t('which')}</legend>
            <label className="export-dialog__choice">
              <input
                type="radio"
                name="export-scope"
                checked={scope === 'all'}
                onChange={() => setScope('all')}
              />
              {t('scopeAll', { formattedCount: format.number(counts?.people ?? 0) })}
            </label>
            <label className="export-dialog__choice">
              <input
                type="radio"
                name="export-scope"
                checked={scope === 'list'}
                onChange={() => setScope('list')}
              />
              {list.ids === null
                ? t('scopeListCounting')
                : t('scopeList', { formattedCount: format.number(list.ids.length) })}
            </label>
          </fieldset>
        )}
        <fieldset className="export-dialog__choices" disabled={progress !== null}>
          <legend>{t('format')}</legend>
          <label className="export-dialog__choice">
            <input
              type="radio"
              name="export-format"
              checked={!vcard}
              onChange={() => setFileFormat('csv')}
            />
            {t('csv')}
          </label>
          <label className="export-dialog__choice">
            <input
              type="radio"
              name="export-format"
              checked={vcard}
              disabled={!people}
              aria-describedby={people ? undefined : 'export-vcard-people-only'}
              onChange={() => setFileFormat('vcard')}
            />
            {t('vcard')}
          </label>
          {!people && (
            <p id="export-vcard-people-only" className="muted export-dialog__hint">
              {t('vcardOnlyPeople')}
            </p>
          )}
          {!vcard && (
            <>
              <label className="export-dialog__choice">
                <input
                  type="checkbox"
                  checked={excelSafe}
                  aria-describedby="export-excel-safe-hint"
                  onChange={(event) => setExcelSafe(event.target.checked)}
                />
                {t('excelSafe')}
              </label>
              <p id="export-excel-safe-hint" className="muted export-dialog__hint">
                {t('excelSafeHint')}
              </p>
            </>
          )}
        </fieldset>
        {progress && (
          <progress
            className="progress export-dialog__progress"
            aria-label={t('progress')}
            max={progress.total || undefined}
            value={progress.total ? progress.done : undefined}
          />
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={close}>
            {progress ? t('cancel') : t('close')}
          </button>
          {/* Not disabled while exporting (run() ignores a second press): a disabled button
              would drop the keyboard focus out of the dialog, and Escape with it. */}
          <button type="submit" className="button button--primary" disabled={waitingForList}>
            {progress ? t('exporting') : t('export')}
          </button>
        </div>
      </form>
    </ModalFrame>
  );
}
