// Commands from the desktop application menu (the web platform never sends any). Import and
// export open Settings, where the import/export feature puts them.
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { MenuCommand } from '../../shared/ipc/contract';
import { useBackUpNow } from '../features/settings/use-back-up-now';
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
          case 'open-settings':
          case 'import':
          case 'export':
            void navigate('/settings');
            break;
        }
      }),
    [platform, navigate, backUpNow],
  );
}
