// Permission requests from web content: everything is denied except notifications, and those
// only for the app's own pages (follow-up reminders use them).
import { isAppUrl } from './app-origin';

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return permission === 'notifications' && isAppUrl(requestingUrl);
}
