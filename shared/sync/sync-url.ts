// Which sync server URLs Hallway connects to: `wss://` anywhere, plain `ws://` only on this machine
// (loopback), since a sync server carries the user's whole address book. The renderer checks a URL
// before saving it; the desktop main process checks it again before opening its CSP and request
// policy to that origin (and to the HTTP API on the same origin).

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** The parsed server URL when Hallway may connect to it, or null. */
export function parseSyncServerUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.protocol === 'wss:') return url;
  if (url.protocol === 'ws:' && isLoopbackHost(url.hostname)) return url;
  return null;
}

/** The origin of the server's HTTP API: the WebSocket URL's origin with http(s) for ws(s). */
export function syncApiOrigin(serverUrl: URL): string {
  const scheme = serverUrl.protocol === 'wss:' ? 'https:' : 'http:';
  return `${scheme}//${serverUrl.host}`;
}
