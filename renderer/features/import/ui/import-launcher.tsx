// Import from anywhere: the palette command, a file dropped on the window (with an overlay while
// it is dragged), the menu and Settings (through openImport), and the dialog they all open.
// Mounted once in the app layout. The dialog's code (CSV parsing, the preview list) loads when it
// first opens, not at start (issue 15).
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterCommands, type Command } from '../../../app/commands/command-registry';
import { UI_LANGUAGES } from '../../../i18n/languages';
import '../../../styles/import.css';
import { openImport, useImportLaunchStore } from './import-launch-store';
import { useWindowFileDrop } from './use-window-file-drop';

const ImportDialog = lazy(async () => ({
  default: (await import('./import-dialog')).ImportDialog,
}));

export function ImportLauncher() {
  const { t, i18n } = useTranslation('import');
  const isOpen = useImportLaunchStore((state) => state.isOpen);
  const launch = useImportLaunchStore((state) => state.launch);
  const dragging = useWindowFileDrop();

  const commands = useMemo(
    (): Command[] => [
      {
        id: 'import-file',
        title: t('command.title'),
        keywords: UI_LANGUAGES.flatMap((language) => {
          const fixed = i18n.getFixedT(language, 'import');
          return [fixed('command.title'), ...fixed('command.keywords').split(' ')];
        }),
        section: t('command.section'),
        run: () => openImport(),
      },
    ],
    [t, i18n],
  );
  useRegisterCommands(commands);

  return (
    <>
      {isOpen && (
        <Suspense fallback={null}>
          <ImportDialog key={launch} />
        </Suspense>
      )}
      {dragging && (
        <div className="import-drop-overlay" aria-hidden="true">
          <p className="import-drop-overlay__message">{t('dialog.dropOverlay')}</p>
        </div>
      )}
    </>
  );
}
