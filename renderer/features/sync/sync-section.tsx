// Settings → Sync: pairing when this device is not paired, its sync otherwise. The header's status
// opens Settings with this section in view. The sync session usually has the config loaded by
// the time Settings opens; if not, the section reads it itself.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useDatabase } from '../../app/database-context';
import { readSyncConfig } from '../../data/sync-config-state';
import { useSyncStore } from '../../sync/sync-store';
import { PairedSync } from './paired-sync';
import { SYNC_SETTINGS_STATE } from './sync-status-chip';
import { UnpairedSync } from './unpaired-sync';

export function SyncSection() {
  const { t } = useTranslation('sync');
  const db = useDatabase();
  const config = useSyncStore((state) => state.config);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const opened = (useLocation().state as typeof SYNC_SETTINGS_STATE | null)?.section === 'sync';

  useEffect(() => {
    if (useSyncStore.getState().config !== undefined) return;
    void readSyncConfig(db).then((saved) => {
      if (useSyncStore.getState().config === undefined) useSyncStore.getState().setConfig(saved);
    });
  }, [db]);

  useEffect(() => {
    if (!opened) return;
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus();
  }, [opened]);

  return (
    <section className="settings-section sync-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('heading')}
      </h2>
      <p className="muted">{t('intro')}</p>
      {config === null && <UnpairedSync />}
      {config && <PairedSync config={config} />}
    </section>
  );
}
