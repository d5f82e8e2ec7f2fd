// The header above every screen. The search box (search feature) takes the flexible space on the
// left; the sync status, "Log a meetup" and the command palette button sit on the right.
import { useTranslation } from 'react-i18next';
import { QuickCaptureLauncher } from '../features/quick-capture/quick-capture-launcher';
import { SearchBox } from '../features/search/search-box';
import { SyncStatusChip } from '../features/sync/sync-status-chip';
import { openPalette } from './commands/palette-store';
import { paletteAriaShortcut, paletteShortcutLabel } from './commands/palette-shortcut';

export function AppHeader() {
  const { t } = useTranslation();
  const shortcut = paletteShortcutLabel();
  return (
    <header className="app-header">
      <div className="app-header__search">
        <SearchBox />
      </div>
      <SyncStatusChip />
      <QuickCaptureLauncher />
      <button
        type="button"
        className="button app-header__palette"
        aria-keyshortcuts={paletteAriaShortcut()}
        title={t('header.openPaletteHint', { shortcut })}
        onClick={openPalette}
      >
        {t('header.openPalette')}
        <kbd className="kbd">{shortcut}</kbd>
      </button>
    </header>
  );
}
