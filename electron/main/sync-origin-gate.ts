// The one sync server the desktop may reach, held by the main process: set by the renderer through
// Platform.allowSyncOrigin (IPC 'sync:allow-origin'), checked again here, saved (sync-origin-file)
// and read by the request blocking (every request) and the CSP (every app:// response).
// A page's CSP is fixed when it loads. A page loaded with no server allows the pairing candidates
// (content-security-policy.ts), so pairing with a first server works in place; a page loaded for
// server A allows only A, so switching to B asks for a reload of the page.
import { contentSecurityPolicy } from './content-security-policy';
import { sameSyncOrigins, syncOriginsOf, type SyncOrigins } from './sync-origin';

export interface SyncOriginGateOptions {
  initialServerUrl: string | null;
  save(serverUrl: string | null): void;
}

export interface SyncOriginGate {
  /** The origins requests may reach now; null: none. */
  origins(): SyncOrigins | null;
  /** The CSP header of an app:// response; for the page itself, also what the page will allow. */
  contentSecurityPolicy(forPage: boolean): string;
  /** Validates, saves and opens to that server (null: closes); reloadPage when the page needs it. */
  allow(serverUrl: string | null): { reloadPage: boolean };
}

export class SyncOriginRefusedError extends Error {
  override name = 'SyncOriginRefusedError';
}

export function createSyncOriginGate(options: SyncOriginGateOptions): SyncOriginGate {
  let current = options.initialServerUrl === null ? null : syncOriginsOf(options.initialServerUrl);
  let pageOrigins: SyncOrigins | null = null;

  return {
    origins: () => current,
    contentSecurityPolicy(forPage) {
      if (forPage) pageOrigins = current;
      return contentSecurityPolicy(current);
    },
    allow(serverUrl) {
      const next = serverUrl === null ? null : syncOriginsOf(serverUrl);
      if (serverUrl !== null && next === null) {
        throw new SyncOriginRefusedError(`${serverUrl} is not a sync server Hallway may reach`);
      }
      options.save(serverUrl);
      current = next;
      return {
        reloadPage: next !== null && pageOrigins !== null && !sameSyncOrigins(next, pageOrigins),
      };
    },
  };
}
