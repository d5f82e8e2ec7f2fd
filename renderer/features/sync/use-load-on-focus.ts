// Loads a server list now and again whenever the window comes back into focus: a device paired or a
// member who joined elsewhere (on a phone, in another window) shows up without reopening Settings.
import { useEffect } from 'react';

export function useLoadOnFocus(load: () => Promise<unknown>): void {
  useEffect(() => {
    void load();
    const reload = () => void load();
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, [load]);
}
