// The sync server the desktop may reach, as two origins: its WebSocket origin (ws(s)://host:port)
// and its HTTP API origin (http(s) on the same host and port). A URL is taken only when
// parseSyncServerUrl takes it (wss://, ws:// only on loopback) and its host can be written in a
// CSP source (an IPv6 literal such as [::1] cannot: CSP host sources are names and IPv4 only).
// A request matches when its scheme, host and port are exactly one of the two.
import { parseSyncServerUrl, syncApiOrigin } from '../../shared/sync/sync-url';

export interface SyncOrigins {
  webSocket: string;
  api: string;
}

export function syncOriginsOf(serverUrl: string): SyncOrigins | null {
  const url = parseSyncServerUrl(serverUrl);
  if (url === null || url.hostname.startsWith('[')) return null;
  return { webSocket: `${url.protocol}//${url.host}`, api: syncApiOrigin(url) };
}

export function sameSyncOrigins(a: SyncOrigins | null, b: SyncOrigins | null): boolean {
  return a?.webSocket === b?.webSocket && a?.api === b?.api;
}

export function isSyncOriginRequest(requestUrl: string, origins: SyncOrigins | null): boolean {
  if (origins === null) return false;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return false;
  }
  const origin = `${url.protocol}//${url.host}`;
  return origin === origins.webSocket || origin === origins.api;
}
