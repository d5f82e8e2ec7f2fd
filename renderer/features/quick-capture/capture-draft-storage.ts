// Where the draft of "Log a meetup" survives a closed window: localStorage, written as the user
// types (a few kilobytes, synchronous, so nothing typed is lost to a pending write when the
// window closes). What is read back is checked: a draft from an older version that no longer
// fits is dropped rather than half-restored.
import { captureDraftSchema, draftHasContent, type CaptureDraft } from './capture-draft';

export const CAPTURE_DRAFT_STORAGE_KEY = 'hallway.quickCapture.draft';

export function readCaptureDraft(storage: Storage): CaptureDraft | null {
  const stored = storage.getItem(CAPTURE_DRAFT_STORAGE_KEY);
  if (stored === null) return null;
  try {
    const parsed = captureDraftSchema.safeParse(JSON.parse(stored));
    return parsed.success && draftHasContent(parsed.data) ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Stores the draft, or forgets it when it holds nothing worth offering again. */
export function writeCaptureDraft(storage: Storage, draft: CaptureDraft): void {
  if (draftHasContent(draft)) storage.setItem(CAPTURE_DRAFT_STORAGE_KEY, JSON.stringify(draft));
  else storage.removeItem(CAPTURE_DRAFT_STORAGE_KEY);
}

export function clearCaptureDraft(storage: Storage): void {
  storage.removeItem(CAPTURE_DRAFT_STORAGE_KEY);
}
