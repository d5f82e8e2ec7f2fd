// The header above every screen. The search box (search feature) takes the flexible space on the
// left; the command palette button sits on the right.
import { useTranslation } from 'react-i18next';
import { openPalette } from './commands/palette-store';
import { paletteAriaShortcut, paletteShortcutLabel } from './commands/palette-shortcut';

export function AppHeader() {
  const { t } = useTranslation();
  const shortcut = paletteShortcutLabel();
  return (
    <header className="app-header">
      <div className="app-header__search" />
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
