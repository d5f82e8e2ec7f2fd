// Progress of a long step (reading the file, writing the people) with its Cancel button. A native
// <progress> element: no inline style, and assistive technology announces it as a progress bar.
import { useTranslation } from 'react-i18next';

export function ImportProgress({
  label,
  fraction,
  onCancel,
}: {
  label: string;
  /** 0..1, or null while the total is unknown (an indeterminate bar). */
  fraction: number | null;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('import');
  return (
    <div className="import-progress">
      <p className="import-progress__label">{label}</p>
      {fraction === null ? (
        <progress className="import-progress__bar" aria-label={label} />
      ) : (
        <progress className="import-progress__bar" aria-label={label} max={1} value={fraction} />
      )}
      {onCancel && (
        <div className="modal__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('dialog.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
