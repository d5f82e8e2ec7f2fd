// Loads a server list again every few seconds while `active`: while a pairing code is on screen,
// the device it pairs shows up (with its Revoke button) without reopening Settings. The server
// cannot tell the page, so asking again is the only way; it stops once the code is used or expires.
import { useEffect } from 'react';

export const RELOAD_INTERVAL_MS = 3_000;

export function useReloadWhile(load: () => Promise<unknown>, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void load(), RELOAD_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [load, active]);
}
