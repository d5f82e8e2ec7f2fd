// The application menu. Hallway's own items (Import…, Export…, Back up…, Settings…) do nothing
// in the main process: they send a command to the renderer, which owns the data and the UI.
// Reload and the developer tools exist only when the app is not packaged. Ctrl/Cmd+K is the
// renderer's own shortcut and deliberately has no menu accelerator here.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { MenuLabels } from './menu-labels';

export interface ApplicationMenuOptions {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  labels: MenuLabels;
  sendCommand(command: MenuCommand): void;
}

export function buildApplicationMenuTemplate(
  options: ApplicationMenuOptions,
): MenuItemConstructorOptions[] {
  const { labels, sendCommand } = options;
  const isMac = options.platform === 'darwin';
  const command = (label: string, menuCommand: MenuCommand, accelerator?: string) => ({
    label,
    accelerator,
    click: () => sendCommand(menuCommand),
  });

  const settings = command(labels.settings, 'open-settings', 'CmdOrCtrl+,');
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about', label: labels.about },
            { type: 'separator' },
            settings,
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      command(labels.import, 'import', 'CmdOrCtrl+O'),
      command(labels.export, 'export', 'CmdOrCtrl+Shift+E'),
      command(labels.backUp, 'backup', 'CmdOrCtrl+Shift+B'),
      ...(isMac
        ? []
        : [
            { type: 'separator' } as const,
            settings,
            { type: 'separator' } as const,
            { role: 'quit' } as const,
          ]),
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];

  const view: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: labels.help,
    submenu: isMac ? [] : [{ role: 'about', label: labels.about }],
  };

  return [
    ...appMenu,
    file,
    { role: 'editMenu', label: labels.edit },
    view,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    help,
  ];
}
