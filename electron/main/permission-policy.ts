// Permission requests and checks from web content: granted only to the app's own pages, and only
// the permissions the app uses; everything else is refused.
// - clipboard-sanitized-write: every Copy button (introduction drafts, volunteer requests,
//   thank-yous) calls navigator.clipboard.writeText;
// - persistent-storage: the renderer asks navigator.storage.persist() so that the database is
//   never evicted.
// Notifications are not among them: on the desktop they are shown by the main process
// (notifications:show-notification), which needs no web permission.
import { isAppUrl } from './app-origin';

export const PERMISSIONS_GRANTED_TO_THE_APP: ReadonlySet<string> = new Set([
  'clipboard-sanitized-write',
  'persistent-storage',
]);

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return PERMISSIONS_GRANTED_TO_THE_APP.has(permission) && isAppUrl(requestingUrl);
}
