// The sync status in the app header (data-sync-state = the status kind): subtle when sync is off,
// the pending count while syncing or offline, the reason on an error. Clicking it opens
// Settings → Sync. Part of every start, so it holds only the status text and the store; the
// first sync's bar sits under the header, except on Settings, which shows its own.
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSyncStore } from '../../sync/sync-store';
import '../../styles/sync.css';
import { FirstSyncProgress } from './first-sync-progress';
import { syncStatusText } from './sync-status-text';

export const SYNC_SETTINGS_STATE = { section: 'sync' } as const;

export function SyncStatusChip() {
  const { t, i18n } = useTranslation('sync');
  const status = useSyncStore((state) => state.status);
  const navigate = useNavigate();
  const onSettings = useLocation().pathname === '/settings';
  const text = syncStatusText(t, status, i18n.language);
  return (
    <>
      <button
        type="button"
        className={`sync-status sync-status--${status.kind}`}
        data-testid="sync-status"
        data-sync-state={status.kind}
        title={t('status.openSettings', { status: text })}
        onClick={() => void navigate('/settings', { state: SYNC_SETTINGS_STATE })}
      >
        <span className="sync-status__dot" aria-hidden="true" />
        {text}
      </button>
      {!onSettings && <FirstSyncProgress variant="header" />}
    </>
  );
}
