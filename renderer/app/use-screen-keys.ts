// A screen's single-key shortcuts, heard anywhere in the window as soon as the screen shows (not
// only once something on it has focus), except while a modal dialog is open or when a control
// on the way already handled the key.
import { useEffect } from 'react';

export function useScreenKeys(onKeyDown: (event: KeyboardEvent) => void): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('[aria-modal="true"]')) return;
      onKeyDown(event);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [onKeyDown]);
}
