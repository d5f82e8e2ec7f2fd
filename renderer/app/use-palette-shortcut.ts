// Ctrl/⌘K anywhere in the window toggles the command palette.
import { useEffect } from 'react';
import { isPaletteShortcut } from './commands/palette-shortcut';
import { togglePalette } from './commands/palette-store';

export function usePaletteShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPaletteShortcut(event)) return;
      event.preventDefault();
      togglePalette();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
