// The app session's rules, applied before the window opens:
// - permissions: only the few the app uses, only for its own pages (permission-policy.ts);
// - requests: every request that is not the app's own, or to the sync server the user set up, is
//   cancelled (request-policy.ts), reading the sync server afresh for each request; the CSP
//   already forbids them in the page, this second lock also holds for workers and for the main
//   process's own requests through the session;
// - the spellchecker is off for the whole session, so Chromium never downloads its Hunspell
//   dictionaries from a Google host (on Linux and Windows it does so at start; the window's
//   webPreferences.spellcheck alone has not always stopped it, electron/electron#22995). Off
//   rather than pointed at dictionaries of our own: the text typed here is mostly names of people
//   and companies, in English and Japanese (Hunspell has no Japanese dictionary), where red
//   underlines would be noise. The download URL is also pointed at the app's own origin, which
//   serves no dictionary, so that even a re-enabled spellchecker has nothing to fetch from the
//   network, whether or not the request blocking sees Chromium's own downloads.
import type { Session } from 'electron';
import { APP_ORIGIN } from './app-origin';
import { isPermissionGranted } from './permission-policy';
import { isRequestAllowed } from './request-policy';
import type { SyncOrigins } from './sync-origin';

export const SPELLCHECKER_DICTIONARY_URL = `${APP_ORIGIN}/no-spellchecker-dictionaries/`;

export function secureSession(session: Session, syncOrigins: () => SyncOrigins | null): void {
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(SPELLCHECKER_DICTIONARY_URL);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, syncOrigins()) });
  });
}
