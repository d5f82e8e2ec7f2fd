// The address a request comes from, for limits and logs. Behind a TLS-terminating proxy every
// connection comes from the proxy, so with trustForwardedFor (set only when a proxy that appends
// X-Forwarded-For is the sole way in) the address is the last entry of that header: the one the
// proxy itself added, which a client cannot forge (entries before it can be).
import type { IncomingMessage } from 'node:http';

export function clientAddress(request: IncomingMessage, trustForwardedFor: boolean): string {
  const direct = request.socket.remoteAddress ?? 'unknown';
  if (!trustForwardedFor) return direct;
  const header = request.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
  return entries.at(-1)?.trim() || direct;
}
