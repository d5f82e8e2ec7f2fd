// What a warm-path search is for, as it travels in the URL: /warm-paths?to=person:<id>,
// ?to=company:<name> or ?to=topic:<key> (the network map and the person page link here).
import type { WarmPathTarget } from '../../../shared/network/warm-paths';

export const WARM_PATHS_PATH = '/warm-paths';

export function formatWarmPathTarget(target: WarmPathTarget): string {
  if (target.kind === 'person') return `person:${target.personId}`;
  if (target.kind === 'company') return `company:${target.name}`;
  return `topic:${target.key}`;
}

export function parseWarmPathTarget(text: string | null): WarmPathTarget | null {
  const colon = text?.indexOf(':') ?? -1;
  if (text === null || colon < 0) return null;
  const kind = text.slice(0, colon);
  const value = text.slice(colon + 1);
  if (value.trim() === '') return null;
  if (kind === 'person') return { kind, personId: value };
  if (kind === 'company') return { kind, name: value };
  if (kind === 'topic') return { kind, key: value };
  return null;
}

/** The link that opens "Who can introduce me?" for a target. */
export function warmPathsHref(target: WarmPathTarget): string {
  return `${WARM_PATHS_PATH}?${new URLSearchParams({ to: formatWarmPathTarget(target) })}`;
}
