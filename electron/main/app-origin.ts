// The renderer's one origin. The built renderer is served from app://hallway/ (a privileged,
// standard, secure scheme) rather than file://, so it has a real origin that navigation, IPC
// sender and permission checks can compare against, and no access to the rest of the disk.
export const APP_SCHEME = 'app';
export const APP_HOST = 'hallway';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is a well-formed URL on the app's own origin (app://hallway/…). */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
