// The default session's rules: permissions are denied except notifications for the app itself
// (permission-policy.ts), and no request to the network is ever sent, whatever the page
// tries; the CSP already forbids it, this is the second lock.
import type { Session } from 'electron';
import { isPermissionGranted } from './permission-policy';

const NETWORK_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

export function secureSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  session.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (_details, callback) => {
    callback({ cancel: true });
  });
}
