// Why a file cannot be imported, in the user's language, and what to do about it: an alert in the
// dialog (the database has not been touched) with a way to choose another file. Text that did
// not decode (or looked binary: UTF-16 without its byte-order mark does) can be read again in an
// encoding the user picks.
import { useTranslation } from 'react-i18next';
import type { TextEncodingName } from '../../../../shared/import/decode-text';
import type { ImportFailure } from '../../../../shared/import/import-preview';
import { MAX_CELL_CHARS, MAX_COLUMNS } from '../../../../shared/import/read-csv';
import { useFormatters } from '../../../i18n/format';
import { EncodingSelect } from './encoding-select';
import { MAX_IMPORT_BYTES } from '../import-limits';

const RETRIED_WITH_ENCODING: ReadonlySet<ImportFailure['reason']> = new Set([
  'undecodable',
  'binary',
]);

const MEGABYTE = 1024 * 1024;

export function ImportFailureMessage({
  failure,
  fileName,
  onChooseAnother,
  onClose,
  onRetry,
}: {
  failure: ImportFailure;
  fileName: string;
  onChooseAnother(): void;
  onClose(): void;
  /** Reads the same file again in the given encoding; absent when the file is not at hand. */
  onRetry?: (encoding: TextEncodingName) => void;
}) {
  const { t } = useTranslation('import');
  const format = useFormatters();
  const message = t(`failure.${failure.reason}`, {
    line: format.number(failure.line ?? 1),
    column: format.number(failure.column ?? 1),
    limit: t('dialog.megabytes', { value: format.number(MAX_IMPORT_BYTES / MEGABYTE) }),
    maxColumns: format.number(MAX_COLUMNS),
    maxCellCharacters: format.number(MAX_CELL_CHARS),
  });
  return (
    <div className="import-failure">
      <div role="alert" className="import-failure__message">
        <p className="import-failure__file">{t('dialog.failureTitle', { name: fileName })}</p>
        <p>{message}</p>
        <p className="muted">{t('dialog.untouched')}</p>
      </div>
      {onRetry && RETRIED_WITH_ENCODING.has(failure.reason) && (
        <div className="import-failure__retry">
          <p>{t('dialog.tryEncoding')}</p>
          <EncodingSelect encoding={null} onChange={onRetry} />
        </div>
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.close')}
        </button>
        <button type="button" className="button button--primary" onClick={onChooseAnother}>
          {t('dialog.chooseAnother')}
        </button>
      </div>
    </div>
  );
}
