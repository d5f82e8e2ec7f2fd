// "Import roster…" in an event's roster section: choose a spreadsheet (a CSV saved by Excel, in
// Shift_JIS or UTF-8), then check the columns and the preview in a dialog before anything is
// written. A file that cannot be read is explained in a toast and nothing opens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../app/platform-context';
import { showToast } from '../../app/toasts/toast-store';
import { MAX_CELL_CHARS, MAX_COLUMNS } from '../../../shared/import/read-csv';
import { useFormatters } from '../../i18n/format';
import { readRosterFile, type RosterFile } from './import-roster';
import { RosterImportDialog } from './roster-import-dialog';

/** A roster is a few hundred rows at most; anything this large is the wrong file. */
const MAX_ROSTER_BYTES = 10 * 1024 * 1024;

type ReadRoster = Extract<RosterFile, { ok: true }> & { name: string };

export function RosterImportButton({ eventId }: { eventId: string }) {
  const { t } = useTranslation('volunteers');
  const platform = usePlatform();
  const format = useFormatters();
  const [roster, setRoster] = useState<ReadRoster | null>(null);

  const choose = async () => {
    const result = await platform.openFile({
      maxBytes: MAX_ROSTER_BYTES,
      filters: [{ name: t('rosterImport.fileFilter'), extensions: ['csv', 'tsv', 'txt'] }],
    });
    if (!result.opened) {
      if (result.reason === 'too-large') {
        showToast({
          message: t('rosterImport.errors.tooLarge', { name: result.name }),
          tone: 'error',
        });
      }
      return;
    }
    const file = readRosterFile(result.bytes);
    if (file.ok) {
      setRoster({ ...file, name: result.name });
      return;
    }
    const message = t(`rosterImport.errors.${file.error}`, {
      name: result.name,
      line: 'line' in file ? format.number(file.line) : undefined,
      column: 'column' in file ? format.number(file.column) : undefined,
      maxColumns: format.number(MAX_COLUMNS),
      maxCellCharacters: format.number(MAX_CELL_CHARS),
    });
    showToast({ message, tone: 'error' });
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() =>
          void choose().catch(() =>
            showToast({ message: t('rosterImport.errors.unreadable'), tone: 'error' }),
          )
        }
      >
        {t('rosterImport.button')}
      </button>
      {roster && (
        <RosterImportDialog
          eventId={eventId}
          fileName={roster.name}
          encoding={roster.encoding}
          table={roster.table}
          initialMapping={roster.mapping}
          onClose={() => setRoster(null)}
        />
      )}
    </>
  );
}
