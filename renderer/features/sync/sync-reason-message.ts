// A server's reason (or a failure to reach it) in words a user understands. Reasons come from the
// API's refusals ({ error: reason }) and from the session's status (a connection closed with a
// reason); an unknown one is shown as it is, inside a sentence.
import type { TFunction } from 'i18next';

const KNOWN_REASONS = [
  'unknown-code',
  'expired-code',
  'device-revoked',
  'bad-token',
  'missing-token',
  'grant-withdrawn',
  'space-not-granted',
  'not-organizer',
  'too-many-attempts',
  'personal-space',
  'unknown-space',
  'unknown-member',
  'unknown-device',
  'read-only',
  'offline',
] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];

const isKnown = (reason: string): reason is KnownReason =>
  (KNOWN_REASONS as readonly string[]).includes(reason);

export function syncReasonMessage(t: TFunction<'sync'>, reason: string): string {
  return isKnown(reason) ? t(`errors.${reason}`) : t('errors.other', { reason });
}
