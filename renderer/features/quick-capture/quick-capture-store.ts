// The "Log a meetup" draft being edited (UI state, zustand). The screen mirrors it into
// localStorage as it changes (capture-draft-storage.ts); this store only knows the draft and
// whether a stored one is waiting to be resumed or discarded.
import { create } from 'zustand';
import {
  emptyCaptureDraft,
  emptyRow,
  type CaptureDraft,
  type CaptureEventDraft,
  type CapturedRow,
} from './capture-draft';

interface QuickCaptureState {
  draft: CaptureDraft;
  /** A draft left from an earlier session, offered before anything new is typed. */
  resumable: CaptureDraft | null;
}

export const useQuickCaptureStore = create<QuickCaptureState>(() => ({
  draft: emptyCaptureDraft(),
  resumable: null,
}));

const setDraft = (change: (draft: CaptureDraft) => CaptureDraft) =>
  useQuickCaptureStore.setState((state) => ({ draft: change(state.draft) }));

export function offerResume(stored: CaptureDraft): void {
  useQuickCaptureStore.setState({ resumable: stored });
}

export function resumeDraft(): void {
  useQuickCaptureStore.setState((state) => ({
    draft: state.resumable ?? state.draft,
    resumable: null,
  }));
}

export function startNewDraft(): void {
  useQuickCaptureStore.setState({ draft: emptyCaptureDraft(), resumable: null });
}

export function updateEventDraft(changes: Partial<CaptureEventDraft>): void {
  setDraft((draft) => ({ ...draft, event: { ...draft.event, ...changes } }));
}

/** A changed name is split again: name parts corrected for the old name no longer apply. */
export function updateEntry(changes: Partial<CapturedRow>): void {
  setDraft((draft) => {
    const renamed = changes.name !== undefined && changes.name !== draft.entry.name;
    const split = renamed ? { givenName: undefined, familyName: undefined } : {};
    return { ...draft, entry: { ...draft.entry, ...split, ...changes } };
  });
}

/** The given and family names of a listed new person, as corrected in the preview. */
export function updateRowNameParts(
  key: string,
  parts: { givenName: string; familyName: string },
): void {
  setDraft((draft) => ({
    ...draft,
    rows: draft.rows.map((row) => (row.key === key ? { ...row, ...parts } : row)),
  }));
}

/** Moves the row being typed into the list and starts an empty one. */
export function addEntryToRows(): void {
  setDraft((draft) =>
    draft.entry.name.trim() === ''
      ? draft
      : { ...draft, rows: [...draft.rows, draft.entry], entry: emptyRow() },
  );
}

/** Takes a listed row back into the entry fields to change it (the entry typed so far is listed). */
export function editRow(key: string): void {
  setDraft((draft) => {
    const row = draft.rows.find((candidate) => candidate.key === key);
    if (!row) return draft;
    const others = draft.rows.filter((candidate) => candidate.key !== key);
    const kept = draft.entry.name.trim() === '' ? others : [...others, draft.entry];
    return { ...draft, rows: kept, entry: row };
  });
}

export function removeRow(key: string): void {
  setDraft((draft) => ({ ...draft, rows: draft.rows.filter((row) => row.key !== key) }));
}
