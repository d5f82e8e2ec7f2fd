// The export dialog, mounted once in the layout (File → Export…, the palette and the People
// toolbar open it from anywhere), and the palette's "Export…" command.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterCommands, type Command } from '../../app/commands/command-registry';
import { UI_LANGUAGES } from '../../i18n/languages';
import { ExportDialog } from './export-dialog';
import { openExportDialog, useExportStore } from './export-store';
import { useExportTestHook } from './export-test-hook';

export function ExportOverlay() {
  const open = useExportStore((state) => state.open);
  useExportCommand();
  useExportTestHook();
  return open ? <ExportDialog start={open} /> : null;
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
