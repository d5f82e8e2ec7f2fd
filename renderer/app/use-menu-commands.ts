// Commands from the desktop application menu (the web platform never sends any). Export opens the
// export dialog, import the import dialog.
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { MenuCommand } from '../../shared/ipc/contract';
import { useBackUpNow } from '../features/backup/use-back-up-now';
import { openExportDialog } from '../features/export/export-store';
import { openImport } from '../features/import/ui/import-launch-store';
import { openPalette } from './commands/palette-store';
import { usePlatform } from './platform-context';

export function useMenuCommands(): void {
  const platform = usePlatform();
  const navigate = useNavigate();
  const { backUpNow } = useBackUpNow();

  useEffect(
    () =>
      platform.onMenuCommand((command: MenuCommand) => {
        switch (command) {
          case 'open-command-palette':
            openPalette();
            break;
          case 'backup':
            void backUpNow();
            break;
          case 'export':
            openExportDialog();
            break;
          case 'import':
            openImport();
            break;
          case 'open-settings':
            void navigate('/settings');
            break;
        }
      }),
    [platform, navigate, backUpNow],
  );
}
