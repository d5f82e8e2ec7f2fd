// Whether the import dialog is open and, when the user dropped a file on the window, that file
// (UI state). Every entry point (menu, palette, Settings, drop) goes through here, so one dialog
// serves them all.
import { create } from 'zustand';

export interface ImportSource {
  name: string;
  blob: Blob;
}

interface ImportLaunchState {
  isOpen: boolean;
  /** A file to read as soon as the dialog opens (dropped on the window); null to let the user pick. */
  initialSource: ImportSource | null;
  /** Changes on every launch, so a second drop while open starts over with the new file. */
  launch: number;
  /** An import is being written: a new launch would lose track of it, so launches wait. */
  writing: boolean;
}

export const useImportLaunchStore = create<ImportLaunchState>(() => ({
  isOpen: false,
  initialSource: null,
  launch: 0,
  writing: false,
}));

export function openImport(source: ImportSource | null = null): void {
  useImportLaunchStore.setState((state) =>
    state.writing ? state : { isOpen: true, initialSource: source, launch: state.launch + 1 },
  );
}

export function closeImport(): void {
  useImportLaunchStore.setState({ isOpen: false, initialSource: null, writing: false });
}

export function setImportWriting(writing: boolean): void {
  useImportLaunchStore.setState({ writing });
}
