// The dialog's first step: what can be imported, and where the file comes from. On the desktop the
// button opens the system's dialog (platform.openFile); on the web it opens the page's own file
// input. Either way a file may also be dropped anywhere on the window.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../../app/platform-context';
import {
  checkImportSize,
  chooseFileOnDesktop,
  IMPORT_EXTENSIONS,
  type FileChoice,
} from './import-file-choice';

export function ChooseFileStep({
  onChoice,
  onCancel,
}: {
  onChoice(choice: FileChoice): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('import');
  const platform = usePlatform();
  const inputRef = useRef<HTMLInputElement>(null);

  const choose = () => {
    if (platform.kind === 'web') {
      inputRef.current?.click();
      return;
    }
    const filters = [
      { name: t('choose.filterImportable'), extensions: IMPORT_EXTENSIONS },
      { name: t('choose.filterAll'), extensions: ['*'] },
    ];
    void chooseFileOnDesktop(platform, filters).then(onChoice);
  };

  return (
    <div className="import-choose">
      <div className="import-choose__zone">
        <p>{t('choose.formats')}</p>
        <p className="muted">{t('choose.dropHint')}</p>
        <button type="button" className="button button--primary" onClick={choose}>
          {t('choose.button')}
        </button>
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
      {platform.kind === 'web' && (
        <input
          ref={inputRef}
          type="file"
          hidden
          aria-label={t('choose.inputLabel')}
          accept={IMPORT_EXTENSIONS.map((extension) => `.${extension}`).join(',')}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onChoice(checkImportSize({ name: file.name, blob: file }));
          }}
        />
      )}
    </div>
  );
}
