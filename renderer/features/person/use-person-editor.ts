// Saving as you go: each edit of a field is a partial updatePerson of the fields it touches, each
// edit of a list (e-mails, phones, links, languages, topics) one list edit applied to the list as
// stored (editPersonList), so edits made before the screen caught up never undo each other. Each
// is followed by a toast whose "Undo" takes back exactly that edit. Ctrl/⌘Z outside a text field
// undoes the newest edit of the person on screen. Every field edit is sent, even one that looks
// like no change: the person on screen can lag behind an earlier save, and the write service
// compares with the stored row instead (an edit back to what is stored writes nothing).
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import type { ListEdit } from '../../../shared/people/list-edit';
import { isMacPlatform } from '../../app/commands/palette-shortcut';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { editPersonList, updatePerson } from '../../data/writes/people-writes';
import type { PersonChanges, PersonListField } from '../../data/writes/person-input';
import {
  rememberUndo,
  takeLatestUndoEntry,
  takeUndoEntry,
  type PersonUndo,
  type PersonUndoEntry,
} from './person-undo-store';
import { previousValues } from './previous-values';
import { isTypingTarget } from './typing-target';

export type SavePersonChanges = (changes: PersonChanges) => Promise<void>;
export type EditPersonList = (field: PersonListField, edit: ListEdit) => Promise<void>;

export interface PersonEditor {
  save: SavePersonChanges;
  editList: EditPersonList;
}

export function usePersonEditor(person: Person): PersonEditor {
  const db = useDatabase();
  const { t } = useTranslation('person');

  const undo = useCallback(
    async (entry: PersonUndoEntry | undefined) => {
      if (!entry) return;
      const { personId, undo: reverse } = entry;
      const done = await reportFailure<unknown>(t('saveFailed'), () =>
        'fields' in reverse
          ? updatePerson(db, personId, reverse.fields)
          : editPersonList(db, personId, reverse.list, reverse.edit),
      );
      if (done !== undefined) showToast({ message: t('undone') });
    },
    [db, t],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = isMacPlatform() ? event.metaKey : event.ctrlKey;
      if (!modifier || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      void undo(takeLatestUndoEntry(person.id));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [person.id, undo]);

  const offerUndo = useCallback(
    (reverse: PersonUndo) => {
      const entry = rememberUndo(person.id, reverse);
      showToast({
        message: t('saved'),
        action: { label: t('undo'), run: () => void undo(takeUndoEntry(entry.id)) },
        replaceKey: `person-edit:${person.id}`,
      });
    },
    [person.id, t, undo],
  );

  const save = useCallback(
    async (changes: PersonChanges) => {
      const previous = previousValues(person, changes);
      const unchanged = Object.keys(previous).length === 0;
      const saved = await reportFailure(t('saveFailed'), () =>
        updatePerson(db, person.id, changes),
      );
      // Undo restores what was on screen: here that is what the edit saved.
      if (saved !== undefined && !unchanged) offerUndo({ fields: previous });
    },
    [db, person, t, offerUndo],
  );

  const editList = useCallback(
    async (field: PersonListField, edit: ListEdit) => {
      const reverse = await reportFailure(t('saveFailed'), () =>
        editPersonList(db, person.id, field, edit),
      );
      if (reverse) offerUndo({ list: field, edit: reverse });
    },
    [db, person.id, t, offerUndo],
  );

  return useMemo(() => ({ save, editList }), [save, editList]);
}

/** What `run` resolves to, or undefined when it failed, which a toast says. */
async function reportFailure<T>(failure: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch {
    showToast({ message: failure, tone: 'error' });
    return undefined;
  }
}
