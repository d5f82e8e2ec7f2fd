// The Content-Security-Policy the app:// protocol sends as a response header, next to the meta tag
// of renderer/index.html (both apply, so the page may do only what both allow). The header also
// covers responses the meta tag cannot, such as workers and a page that fails to parse.
// With no sync server it is the meta tag's policy (a test keeps the two identical), whose
// connect-src lists the servers one may pair with (loopback ws/http, any wss/https; the request
// blocking still lets none through). With a server, connect-src is 'self' and exactly that
// server's WebSocket and HTTP API origins (docs/security.md says why).
import type { SyncOrigins } from './sync-origin';

/** Where a page with no sync server yet may connect: the candidates for pairing. */
export const PAIRING_CONNECT_SOURCES = [
  "'self'",
  'ws://127.0.0.1:*',
  'http://127.0.0.1:*',
  'ws://localhost:*',
  'http://localhost:*',
  'wss:',
  'https:',
];

function policyWithConnectSources(connectSources: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connectSources.join(' ')}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The meta tag's policy, and the header's when no sync server is set. */
export const CONTENT_SECURITY_POLICY = policyWithConnectSources(PAIRING_CONNECT_SOURCES);

export function contentSecurityPolicy(syncOrigins: SyncOrigins | null): string {
  if (syncOrigins === null) return CONTENT_SECURITY_POLICY;
  return policyWithConnectSources(["'self'", syncOrigins.webSocket, syncOrigins.api]);
}
