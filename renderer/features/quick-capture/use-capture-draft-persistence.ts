// While "Log a meetup" is open, every change of the draft is written to storage, and a draft left
// by an earlier session is offered for resuming first. Writing on change (a store subscription)
// rather than on render means opening the screen never overwrites the stored draft.
import { useEffect } from 'react';
import { draftHasContent } from './capture-draft';
import { readCaptureDraft, writeCaptureDraft } from './capture-draft-storage';
import { offerResume, useQuickCaptureStore } from './quick-capture-store';

export function useCaptureDraftPersistence(): void {
  useEffect(() => {
    if (!draftHasContent(useQuickCaptureStore.getState().draft)) {
      const stored = readCaptureDraft(window.localStorage);
      if (stored) offerResume(stored);
    }
    return useQuickCaptureStore.subscribe((state, previous) => {
      if (state.draft !== previous.draft) writeCaptureDraft(window.localStorage, state.draft);
    });
  }, []);
}
