// The sync status in a few words, for the header chip and Settings → Sync: "Up to date",
// "Offline since 14:05 · 3 waiting", "Sync stopped: <the reason in words>".
import type { TFunction } from 'i18next';
import type { SyncStatus } from '../../sync/sync-status';
import { syncReasonMessage } from './sync-reason-message';

/** A clock time, 24-hour, with the date when it is not today. */
export function formatSyncTime(at: number, language: string, now = Date.now()): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
  }).format(at);
}

export function syncStatusText(t: TFunction<'sync'>, status: SyncStatus, language: string): string {
  switch (status.kind) {
    case 'off':
      return t('status.off');
    case 'connecting':
      return t('status.connecting');
    case 'syncing':
      return status.pending > 0
        ? t('status.syncingPending', { count: status.pending })
        : t('status.syncing');
    case 'upToDate':
      return t('status.upToDate');
    case 'offline': {
      const time = formatSyncTime(status.since, language);
      return status.pending > 0
        ? t('status.offlinePending', { time, count: status.pending })
        : t('status.offline', { time });
    }
    case 'error':
      return t('status.error', { reason: syncReasonMessage(t, status.reason) });
  }
}
