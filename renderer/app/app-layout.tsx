// The window's layout: the sidebar with the primary navigation, the header, the current screen,
// and the app-wide overlays (command palette, toasts, sample-data confirmation, export dialog,
// restore dialogs and automatic backups), and the sync session (running only while sync is on).
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigation } from 'react-router';
import { AddPersonLauncher } from '../features/add-person/add-person-launcher';
import { BackupOverlays } from '../features/backup/backup-overlays';
import { ExportOverlay } from '../features/export/export-overlay';
import { TodayFollowUpsProvider } from '../features/follow-ups/today-follow-ups-provider';
import { ImportLauncher } from '../features/import/ui/import-launcher';
import { SampleDataConfirmDialog } from '../features/settings/sample-data-confirm-dialog';
import { useWarmPathCommand } from '../features/warm-paths/use-warm-path-command';
import { SyncSessionHost } from '../sync/sync-session-host';
import '../styles/layout.css';
import '../styles/overlays.css';
import '../styles/screens.css';
import { AppHeader } from './app-header';
import { useAnnounceReady } from './app-ready';
import { CommandPalette } from './commands/command-palette';
import { useBuiltInCommands } from './commands/use-built-in-commands';
import { PrimaryNav } from './primary-nav';
import { ShortcutSheetLauncher } from './shortcuts/shortcut-sheet';
import { ToastRegion } from './toasts/toast-region';
import { useMenuCommands } from './use-menu-commands';
import { usePaletteShortcut } from './use-palette-shortcut';

export function AppLayout() {
  const { t } = useTranslation();
  useAnnounceReady();
  // A screen loads on demand: until its code is there, the current one stays, marked busy.
  const loadingScreen = useNavigation().state === 'loading';
  useBuiltInCommands();
  useMenuCommands();
  usePaletteShortcut();
  useWarmPathCommand();

  return (
    <TodayFollowUpsProvider>
      <div className="app-shell">
        <aside className="sidebar">
          <p className="sidebar__brand">{t('appName')}</p>
          <PrimaryNav />
        </aside>
        <div className="main-column">
          <AppHeader />
          <main className="main-content" aria-busy={loadingScreen || undefined}>
            <Outlet />
          </main>
        </div>
        <CommandPalette />
        <SampleDataConfirmDialog />
        <AddPersonLauncher />
        <ExportOverlay />
        <BackupOverlays />
        <ImportLauncher />
        <ShortcutSheetLauncher />
        <ToastRegion />
        <SyncSessionHost />
      </div>
    </TodayFollowUpsProvider>
  );
}
