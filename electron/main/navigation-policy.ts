// What happens when the page tries to go somewhere: the app's own pages load; web and e-mail
// links open in the user's browser or mail program; everything else is blocked. No second
// window is ever created (window.open always ends in 'deny').
import { isAppUrl } from './app-origin';
import { isAllowedExternalUrl } from '../../shared/platform/external-url-policy';

export type NavigationDecision = 'allow' | 'open-externally' | 'block';

export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  return isAllowedExternalUrl(url) ? 'open-externally' : 'block';
}

export function decideWindowOpen(url: string): Exclude<NavigationDecision, 'allow'> {
  return isAllowedExternalUrl(url) ? 'open-externally' : 'block';
}

/** Hands a URL to the operating system only when the external link policy allows it. */
export async function openExternalIfAllowed(
  openExternal: (url: string) => Promise<void>,
  url: unknown,
): Promise<boolean> {
  if (typeof url !== 'string' || !isAllowedExternalUrl(url)) return false;
  await openExternal(url);
  return true;
}
