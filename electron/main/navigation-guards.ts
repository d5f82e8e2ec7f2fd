// Applied to every webContents the app creates: window.open is always denied (web and e-mail
// links go to the operating system instead), navigation and redirects away from app:// are
// prevented, and <webview> can never be attached.
import type { WebContents } from 'electron';
import { decideNavigation, decideWindowOpen } from './navigation-policy';

export type OpenExternal = (url: string) => void;

export function guardNavigation(contents: WebContents, openExternal: OpenExternal): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === 'open-externally') openExternal(url);
    return { action: 'deny' };
  });

  contents.on('will-navigate', (event, url) => {
    const decision = decideNavigation(url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') openExternal(url);
  });

  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url) !== 'allow') event.preventDefault();
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
