// The boot error screen's way out when the data cannot be opened: "Save the raw data to a file"
// and "Restore a backup…" (and, on the desktop, the newest backups on disk), with a confirmation
// before the stored data is replaced (use-boot-recovery.ts does the work).
import { useTranslation } from 'react-i18next';
import { useBootRecovery, type BootRecoveryOptions } from './use-boot-recovery';

export function BootRecovery(props: BootRecoveryOptions) {
  const { t } = useTranslation('backup');
  const recovery = useBootRecovery(props);
  const { status, busy, pending } = recovery;

  return (
    <section className="boot-recovery" aria-labelledby="boot-recovery-heading">
      <h2 id="boot-recovery-heading">{t('bootRecovery.heading')}</h2>
      <p className="boot-recovery__actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void recovery.saveRaw()}
        >
          {t('bootRecovery.saveRaw')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void recovery.restoreFromFile()}
        >
          {t('bootRecovery.restoreFromFile')}
        </button>
      </p>
      {recovery.listed.length > 0 && (
        <ul className="boot-recovery__backups">
          {recovery.listed.map((backup) => (
            <li key={backup.fileName}>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void recovery.restoreListed(backup)}
              >
                {t('bootRecovery.restoreListed', {
                  date: recovery.formatDate(backup.createdAt),
                  kind: t(`list.kinds.${backup.kind}`),
                })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {pending && (
        <div
          role="group"
          aria-label={t('bootRecovery.replace')}
          className="boot-recovery__confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') recovery.cancel();
          }}
        >
          <p>{t('bootRecovery.confirm', { source: pending.source, people: pending.people })}</p>
          <button
            type="button"
            className="button button--danger"
            onClick={() => void recovery.confirm()}
          >
            {t('bootRecovery.replace')}
          </button>
          <button type="button" className="button" autoFocus onClick={recovery.cancel}>
            {t('bootRecovery.cancel')}
          </button>
        </div>
      )}
      {status && (
        <p role={status.tone === 'error' ? 'alert' : 'status'} className="boot-recovery__status">
          {status.text}
        </p>
      )}
    </section>
  );
}
