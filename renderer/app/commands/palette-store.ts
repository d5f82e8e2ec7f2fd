// Whether the command palette is open: UI state, so it lives in zustand and can be opened from
// the keyboard shortcut, the header button and the desktop menu alike.
import { create } from 'zustand';

interface PaletteState {
  isOpen: boolean;
}

export const usePaletteStore = create<PaletteState>(() => ({ isOpen: false }));

export function openPalette(): void {
  usePaletteStore.setState({ isOpen: true });
}

export function closePalette(): void {
  usePaletteStore.setState({ isOpen: false });
}

export function togglePalette(): void {
  usePaletteStore.setState((state) => ({ isOpen: !state.isOpen }));
}
