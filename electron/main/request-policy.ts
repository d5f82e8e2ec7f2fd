// Which requests the app's session lets through: the app's own pages and assets
// (app://hallway/…), in-memory data (data:, blob:: images and workers the page makes itself), the
// built-in DevTools (devtools:, served from the Electron binary, opened only in development) and,
// once the user set one up, the sync server: exactly its WebSocket and HTTP API origins (same
// scheme, host and port; sync-origin.ts). Everything else, whatever the scheme (http, https, ws,
// ftp, file, a custom one) or whoever asks through the session (the page, a worker, the main
// process's net module), is cancelled.
import { isAppUrl } from './app-origin';
import { isSyncOriginRequest, type SyncOrigins } from './sync-origin';

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

export function isRequestAllowed(url: string, syncOrigins: SyncOrigins | null): boolean {
  if (isAppUrl(url)) return true;
  if (isSyncOriginRequest(url, syncOrigins)) return true;
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
  return scheme !== undefined && LOCAL_SCHEMES.has(scheme);
}
