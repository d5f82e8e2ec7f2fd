// The export dialog, mounted once in the layout (File → Export…, the palette and the People
// toolbar open it from anywhere), and the palette's "Export…" command. The dialog's code loads
// when it first opens, not at start (issue 15).
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterCommands, type Command } from '../../app/commands/command-registry';
import { UI_LANGUAGES } from '../../i18n/languages';
import { openExportDialog, useExportStore } from './export-store';
import { useExportTestHook } from './export-test-hook';

const ExportDialog = lazy(async () => ({
  default: (await import('./export-dialog')).ExportDialog,
}));

export function ExportOverlay() {
  const open = useExportStore((state) => state.open);
  useExportCommand();
  useExportTestHook();
  return open ? (
    <Suspense fallback={null}>
      <ExportDialog start={open} />
    </Suspense>
  ) : null;
}

function useExportCommand(): void {
  const { t, i18n } = useTranslation('export');
  const commands = useMemo(
    (): Command[] => [
      {
        id: 'export',
        title: t('command'),
        keywords: UI_LANGUAGES.flatMap((language) => {
          const fixed = i18n.getFixedT(language, 'export');
          return [fixed('command'), ...fixed('keywords').split(' ')];
        }),
        section: i18n.getFixedT(i18n.language, 'app')('commands.sectionActions'),
        run: () => openExportDialog(),
      },
    ],
    [t, i18n],
  );
  useRegisterCommands(commands);
}
