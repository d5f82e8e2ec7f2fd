// The write step: the preview's rows with the user's decisions, attached to the chosen event, in
// one transaction (commitImport). Cancel aborts it and the transaction rolls back; any failure
// leaves the database as it was and the dialog back on the preview with the reason. Success ends
// on the result, with a toast that stays after the dialog is closed. On the desktop an import that
// merges rows into people already known first saves a before-merge backup
// (features/backup/save-safety-copy), and writes nothing when it is not saved.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  countDecisions,
  type ImportPreview,
  type ImportProgress,
} from '../../../../shared/import/import-preview';
import { useDatabase } from '../../../app/database-context';
import { usePlatform } from '../../../app/platform-context';
import { showToast } from '../../../app/toasts/toast-store';
import { WriteError } from '../../../data/writes/write-error';
import { saveSafetyCopy } from '../../backup/save-safety-copy';
import { fromDateTimeLocalValue } from '../../events/event-time';
import { commitImport, type AttachToEvent, type ImportSummary } from '../import-api';
import type { EventChoice } from './attach-to-event';
import { setImportWriting } from './import-launch-store';
import type { ImportRequest } from './preview-step';

export type CommitState =
  | { step: 'idle' }
  | { step: 'writing'; progress: ImportProgress | null }
  | { step: 'failed'; message: string }
  | { step: 'done'; summary: ImportSummary };

export function attachmentFor(choice: EventChoice): AttachToEvent | undefined {
  if (choice.kind === 'existing') return { existingEventId: choice.eventId };
  if (choice.kind === 'new') {
    const startsAt = fromDateTimeLocalValue(choice.startsAt);
    if (startsAt === null) return undefined;
    const url = choice.url.trim();
    return {
      newEvent: {
        name: choice.name.trim(),
        startsAt,
        kind: choice.eventKind,
        ...(url !== '' && { url }),
      },
    };
  }
  return undefined;
}

export function useImportCommit() {
  const { t } = useTranslation('import');
  const db = useDatabase();
  const platform = usePlatform();
  const [state, setState] = useState<CommitState>({ step: 'idle' });
  const controllerRef = useRef<AbortController | null>(null);

  const run = useCallback(
    async (preview: ImportPreview, request: ImportRequest) => {
      const controller = new AbortController();
      controllerRef.current = controller;
      setImportWriting(true);
      setState({ step: 'writing', progress: null });
      try {
        const merges = countDecisions(preview.rows, 0, request.decisions).merge;
        if (merges > 0 && !(await saveSafetyCopy(db, platform, 'before-merge'))) {
          throw new Error('The backup before merging was not saved.');
        }
        const attachToEvent = attachmentFor(request.event);
        const summary = await commitImport(
          db,
          preview,
          request.decisions,
          { signal: controller.signal, ...(attachToEvent ? { attachToEvent } : {}) },
          (progress) => setState({ step: 'writing', progress }),
        );
        setState({ step: 'done', summary });
        showToast({
          tone: 'success',
          message: t('result.toast', { created: summary.created, merged: summary.merged }),
        });
      } catch (error) {
        const message = controller.signal.aborted
          ? t('commit.cancelled')
          : error instanceof WriteError && error.code === 'not-found'
            ? t('commit.eventMissing')
            : t('commit.failed');
        setState({ step: 'failed', message });
      } finally {
        controllerRef.current = null;
        setImportWriting(false);
      }
    },
    [db, platform, t],
  );

  const abort = useCallback(() => controllerRef.current?.abort(), []);

  return { state, run, abort };
}
