// The app:// scheme: declared privileged (standard, secure, fetch) before the app is ready,
// so the renderer gets a real secure origin with IndexedDB and module workers, then served
// from the built renderer folder through respondWithAppAsset's traversal guard, each response
// with the CSP of the moment (sync-origin-gate.ts).
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { respondWithAppAsset } from './app-asset-response';
import { APP_SCHEME } from './app-origin';

export function declareAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppScheme(
  rendererDir: string,
  contentSecurityPolicy: (forPage: boolean) => string,
): void {
  protocol.handle(APP_SCHEME, (request) =>
    respondWithAppAsset(
      rendererDir,
      request.url,
      (filePath) => readFile(filePath),
      contentSecurityPolicy,
    ),
  );
}
