// The roster import dialog: how each column of the file is read (suggested from its headers, which
// the organizer can change), and a live preview — who is matched, who will be created, what is
// already on the roster, and every row that cannot be read, with its line and why. "Import" writes
// it all in one transaction.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextEncodingName } from '../../../shared/import/decode-text';
import {
  MAPPING_TARGETS,
  type ColumnMapping,
  type MappingTarget,
} from '../../../shared/import/formats/generic-csv';
import type { CsvTable } from '../../../shared/import/read-csv';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { userCalendar } from '../follow-ups/user-calendar';
import { ModalFrame } from '../../app/modal-frame';
import { previewRosterImport } from './import-roster';
import { commitRosterImport } from '../../data/writes/roster-import-writes';
import { RosterImportPreview } from './roster-import-preview';
import { useRoleDefinitions } from './use-role-definitions';

export function RosterImportDialog({
  eventId,
  fileName,
  encoding,
  table,
  initialMapping,
  onClose,
}: {
  eventId: string;
  fileName: string;
  encoding: TextEncodingName;
  table: CsvTable;
  initialMapping: ColumnMapping;
  onClose(): void;
}) {
  const { t } = useTranslation('volunteers');
  const db = useDatabase();
  const roles = useRoleDefinitions();
  const [mapping, setMapping] = useState(initialMapping);
  const [importing, setImporting] = useState(false);
  const plan = useLiveQuery(
    () => previewRosterImport(db, eventId, table, mapping, roles, userCalendar()),
    [db, eventId, table, mapping, roles],
  );
  const toWrite = plan?.rows.filter((row) => !row.alreadyOnRoster).length ?? 0;

  const runImport = async () => {
    if (!plan) return;
    setImporting(true);
    try {
      const result = await commitRosterImport(db, eventId, plan);
      showToast({
        message: t('rosterImport.done', { count: result.shifts, people: result.newPeople }),
        tone: 'success',
      });
      onClose();
    } catch {
      setImporting(false);
      showToast({ message: t('rosterImport.failed'), tone: 'error' });
    }
  };

  return (
    <ModalFrame title={t('rosterImport.title')} className="roster-import" onClose={onClose}>
      <p className="roster-import__file">
        {t('rosterImport.fileSummary', {
          name: fileName,
          encoding: t(`rosterImport.encodings.${encoding}`),
          count: table.rows.length,
        })}
      </p>
      <fieldset className="roster-import__columns">
        <legend>{t('rosterImport.columns')}</legend>
        {table.headers.map((header) => (
          <label key={header} className="roster-import__column">
            <span>{header}</span>
            <select
              value={mapping[header] ?? 'ignore'}
              onChange={(event) =>
                setMapping({ ...mapping, [header]: event.target.value as MappingTarget })
              }
            >
              {MAPPING_TARGETS.map((target) => (
                <option key={target} value={target}>
                  {t(`rosterImport.targets.${target}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      {plan === undefined ? (
        <p className="muted" aria-busy="true">
          {t('loading')}
        </p>
      ) : (
        <RosterImportPreview plan={plan} />
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('rosterImport.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={importing || toWrite === 0}
          onClick={() => void runImport()}
        >
          {t('rosterImport.import', { count: toWrite })}
        </button>
      </div>
    </ModalFrame>
  );
}
