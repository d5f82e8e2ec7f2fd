// The restore's dialogs, mounted once in the layout: the confirmation that says what will be
// replaced (destructive tone), then a progress dialog that cannot be dismissed while the current
// data is backed up and the backup restored (the app reloads at the end).
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { useModalFocus } from '../../app/use-modal-focus';
import { useFormatters } from '../../i18n/format';
import { useBackupStore, type RowCounts } from './backup-store';
import { useRestoreFlow } from './use-restore-flow';

export function RestoreDialogs() {
  const restore = useBackupStore((state) => state.restore);
  if (restore.phase === 'confirming') {
    return (
      <RestoreConfirmation
        source={restore.source}
        current={restore.current}
        incoming={restore.incoming}
      />
    );
  }
  if (restore.phase === 'saving-current' || restore.phase === 'restoring') {
    return <RestoreProgress progress={restore.phase === 'restoring' ? restore : null} />;
  }
  return null;
}

function RestoreConfirmation(props: { source: string; current: RowCounts; incoming: RowCounts }) {
  const { t } = useTranslation('backup');
  const format = useFormatters();
  const flow = useRestoreFlow();
  const counts = (counted: RowCounts) => {
    const count = (table: keyof RowCounts['trashed']) =>
      counted.trashed[table] === 0
        ? format.number(counted[table])
        : t('restore.andTrashed', {
            live: format.number(counted[table]),
            trashed: format.number(counted.trashed[table]),
          });
    return t('restore.counts', {
      people: count('people'),
      events: count('events'),
      interactions: count('interactions'),
    });
  };
  return (
    <ConfirmDialog
      title={t('restore.confirmTitle')}
      body={t('restore.confirmBody', {
        source: props.source,
        current: counts(props.current),
        incoming: counts(props.incoming),
      })}
      confirmLabel={t('restore.confirm')}
      cancelLabel={t('restore.cancel')}
      onConfirm={() => void flow.confirm()}
      onCancel={flow.cancel}
    />
  );
}

function RestoreProgress({ progress }: { progress: { done: number; total: number } | null }) {
  const { t } = useTranslation('backup');
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  useModalFocus(dialogRef);
  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        className="modal restore-progress"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
      >
        <h2 id={titleId}>{progress ? t('restore.restoring') : t('restore.savingCurrent')}</h2>
        <p>{t('restore.restoringBody')}</p>
        <progress
          className="progress"
          aria-label={t('restore.progress')}
          max={progress?.total || undefined}
          value={progress?.total ? progress.done : undefined}
        />
      </div>
    </div>
  );
}
