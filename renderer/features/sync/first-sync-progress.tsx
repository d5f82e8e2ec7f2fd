// The first sync of a new device, counted in documents (a progress bar named "First sync"): in
// Settings → Sync, and as a thin bar under the header while it runs elsewhere.
import { useTranslation } from 'react-i18next';
import { useSyncStore } from '../../sync/sync-store';

export function FirstSyncProgress({ variant }: { variant: 'header' | 'settings' }) {
  const { t } = useTranslation('sync');
  const status = useSyncStore((state) => state.status);
  if (status.kind !== 'syncing' || !status.firstSync) return null;
  const { done, total } = status.firstSync;
  const text = t('firstSync.progress', { done, total });
  return (
    <div className={`first-sync first-sync--${variant}`}>
      <div
        className="first-sync__track"
        role="progressbar"
        aria-label={t('firstSync.label')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
      >
        <div
          className="first-sync__bar"
          style={{ width: `${total > 0 ? (100 * done) / total : 0}%` }}
        />
      </div>
      {variant === 'settings' && <span className="muted">{text}</span>}
    </div>
  );
}
