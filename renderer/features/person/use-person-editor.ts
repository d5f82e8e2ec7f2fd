// Saving as you go: each edit is a partial updatePerson of the fields it touches, followed by a
// toast whose "Undo" restores the previous values of exactly those fields. Ctrl/⌘Z outside a text
// field undoes the newest edit of the person on screen. An edit that changes nothing on screen is
// not saved, unless an earlier save is still on its way: the person on screen lags behind it,
// so a topic added and removed at once would otherwise keep the topic.
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { isMacPlatform } from '../../app/commands/palette-shortcut';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import type { HallwayDatabase } from '../../db/database';
import { updatePerson } from '../../data/writes/people-writes';
import type { PersonChanges } from '../../data/writes/person-input';
import {
  rememberPreviousValues,
  takeLatestUndoEntry,
  takeUndoEntry,
  type PersonUndoEntry,
} from './person-undo-store';
import { previousValues } from './previous-values';
import { isTypingTarget } from './typing-target';

export type SavePersonChanges = (changes: PersonChanges) => Promise<void>;

export function usePersonEditor(person: Person): SavePersonChanges {
  const db = useDatabase();
  const { t } = useTranslation('person');

  const undo = useCallback(
    async (entry: PersonUndoEntry | undefined) => {
      if (!entry) return;
      await applyOrReport(db, entry.personId, entry.previous, t('saveFailed'));
      showToast({ message: t('undone') });
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

  const savesOnTheirWay = useRef(0);
  return useCallback(
    async (changes: PersonChanges) => {
      const previous = previousValues(person, changes);
      const unchanged = Object.keys(previous).length === 0;
      if (unchanged && savesOnTheirWay.current === 0) return;
      savesOnTheirWay.current += 1;
      const saved = await applyOrReport(db, person.id, changes, t('saveFailed')).finally(() => {
        savesOnTheirWay.current -= 1;
      });
      // Undo restores what was on screen: here that is what the edit saved.
      if (!saved || unchanged) return;
      const entry = rememberPreviousValues(person.id, previous);
      showToast({
        message: t('saved'),
        action: { label: t('undo'), run: () => void undo(takeUndoEntry(entry.id)) },
      });
    },
    [db, person, t, undo],
  );
}

async function applyOrReport(
  db: HallwayDatabase,
  personId: string,
  changes: PersonChanges,
  failure: string,
): Promise<boolean> {
  try {
    await updatePerson(db, personId, changes);
    return true;
  } catch {
    showToast({ message: failure, tone: 'error' });
    return false;
  }
}
