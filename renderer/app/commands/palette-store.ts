// Whether the command palette is open: UI state, so it lives in zustand and can be opened from
// the keyboard shortcut, the header button and the desktop menu alike.
import { create } from 'zustand';

interface PaletteState {
  isOpen: boolean;
  /** What is typed in the palette: features with query-dependent commands (people search) read it. */
  query: string;
}

export const usePaletteStore = create<PaletteState>(() => ({ isOpen: false, query: '' }));

export function openPalette(): void {
  usePaletteStore.setState({ isOpen: true, query: '' });
}

export function closePalette(): void {
  usePaletteStore.setState({ isOpen: false, query: '' });
}

export function togglePalette(): void {
  usePaletteStore.setState((state) => ({ isOpen: !state.isOpen, query: '' }));
}

export function setPaletteQuery(query: string): void {
  usePaletteStore.setState({ query });
}
