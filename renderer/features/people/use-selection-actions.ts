// What the selection bar does with the selected people: each action is one write (people-
// selection-writes) with a progress bar while it runs, and a toast that says how many people it
// changed, with Undo: it restores exactly those moved to the trash, or puts back the topics or
// cadence of exactly those changed as they were before (one write either way). The writes load
// when an action runs, not with the People screen (issue 15).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import type {
  PeopleFieldsBefore,
  SelectionProgress,
} from '../../data/writes/people-selection-writes';
import { useFormatters } from '../../i18n/format';
import { clearPeopleSelection } from './people-selection-store';

const writes = () => import('../../data/writes/people-selection-writes');

export interface SelectionActionProgress {
  done: number;
  total: number;
}

export function useSelectionActions(ids: readonly string[]) {
  const db = useDatabase();
  const { t } = useTranslation('people-selection');
  const format = useFormatters();
  const [progress, setProgress] = useState<SelectionActionProgress | null>(null);
  const counted = (count: number) => ({ count, formattedCount: format.number(count) });

  const run = async <Changed>(
    write: (onProgress: SelectionProgress) => Promise<Changed>,
    done: (changed: Changed) => void,
  ) => {
    if (progress !== null) return;
    setProgress({ done: 0, total: ids.length });
    try {
      done(await write((doneCount, total) => setProgress({ done: doneCount, total })));
    } catch {
      showToast({ message: t('failed'), tone: 'error' });
    } finally {
      setProgress(null);
    }
  };

  const restore = (trashed: string[]) =>
    void run(
      async (onProgress) => (await writes()).restorePeople(db, trashed, onProgress),
      (restored) =>
        showToast({ message: t('restored', counted(restored.length)), tone: 'success' }),
    );

  const putBack = (before: PeopleFieldsBefore) =>
    void run(
      async (onProgress) => (await writes()).putBackPeopleFields(db, before, onProgress),
      (putBackFor) =>
        showToast({ message: t('putBack', counted(putBackFor.length)), tone: 'success' }),
    );

  const undoable = (message: string, before: PeopleFieldsBefore) =>
    showToast({
      message,
      action: before.length > 0 ? { label: t('undo'), run: () => putBack(before) } : undefined,
    });

  return {
    progress,
    addTopic: (topic: string) =>
      run(
        async (onProgress) => (await writes()).addTopicToPeople(db, ids, topic, onProgress),
        (changed) => undoable(t('topicAdded', { topic, ...counted(changed.length) }), changed),
      ),
    removeTopic: (topic: string) =>
      run(
        async (onProgress) => (await writes()).removeTopicFromPeople(db, ids, topic, onProgress),
        (changed) => undoable(t('topicRemoved', { topic, ...counted(changed.length) }), changed),
      ),
    setCadence: (days: number | null) =>
      run(
        async (onProgress) => (await writes()).setKeepInTouchForPeople(db, ids, days, onProgress),
        (changed) => undoable(t('cadenceSet', counted(ids.length)), changed),
      ),
    trash: () =>
      run(
        async (onProgress) => (await writes()).trashPeople(db, ids, onProgress),
        (trashed) => {
          clearPeopleSelection();
          showToast({
            message: t('trashed', counted(trashed.length)),
            action: { label: t('undo'), run: () => restore(trashed) },
          });
        },
      ),
  };
}
