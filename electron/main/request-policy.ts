// Which requests the app's session lets through: the app's own pages and assets
// (app://hallway/…), in-memory data (data:, blob:: images and workers the page makes itself) and
// the built-in DevTools (devtools:, served from the Electron binary, opened only in development).
// Everything else, whatever the scheme (http, https, ws, ftp, file, a custom one) or whoever asks
// through the session (the page, a worker, the main process's net module), is cancelled: Hallway
// makes no network request at all.
import { isAppUrl } from './app-origin';

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

export function isRequestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true;
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
  return scheme !== undefined && LOCAL_SCHEMES.has(scheme);
}
