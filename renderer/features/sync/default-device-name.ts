// A first name for this device, from the operating system the platform reports ("My Mac"), or
// "My laptop" when it says nothing recognisable. The user can change it before pairing.
import type { TFunction } from 'i18next';

export function defaultDeviceName(t: TFunction<'sync'>, os: string | undefined): string {
  const system = (os ?? '').toLowerCase();
  if (/mac|darwin/.test(system)) return t('deviceNames.mac');
  if (/win/.test(system)) return t('deviceNames.windows');
  if (/linux|x11/.test(system)) return t('deviceNames.linux');
  return t('deviceNames.other');
}
