// Toasts are UI state (zustand), never data: a message, an optional action such as "Undo", and
// how long it stays. showToast can be called from anywhere, not only from components.
import { create } from 'zustand';

export interface ToastAction {
  label: string;
  run(): void;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  action?: ToastAction;
  durationMs: number;
  /** A later toast with the same key takes this one's place instead of stacking below it (one
   *  "Saved · Undo" per burst of edits, not one per field). */
  replaceKey?: string;
}

export type ToastInput = Omit<Toast, 'id' | 'tone' | 'durationMs'> &
  Partial<Pick<Toast, 'tone' | 'durationMs'>>;

/** Long enough to read two lines and reach an action button; errors stay longer. */
export const DEFAULT_TOAST_MS = 6_000;
export const ERROR_TOAST_MS = 12_000;
const MAX_TOASTS = 4;

interface ToastState {
  toasts: readonly Toast[];
}

export const useToastStore = create<ToastState>(() => ({ toasts: [] }));

let nextId = 1;

export function showToast(input: ToastInput): number {
  const id = nextId++;
  const tone = input.tone ?? 'info';
  const durationMs = input.durationMs ?? (tone === 'error' ? ERROR_TOAST_MS : DEFAULT_TOAST_MS);
  const toast: Toast = { ...input, id, tone, durationMs };
  useToastStore.setState((state) => {
    const replaced = state.toasts.findIndex(
      (shown) => toast.replaceKey !== undefined && shown.replaceKey === toast.replaceKey,
    );
    if (replaced === -1) return { toasts: [...state.toasts, toast].slice(-MAX_TOASTS) };
    return { toasts: state.toasts.map((shown, index) => (index === replaced ? toast : shown)) };
  });
  return id;
}

export function dismissToast(id: number): void {
  useToastStore.setState((state) => ({
    toasts: state.toasts.filter((toast) => toast.id !== id),
  }));
}
