// Whether the export dialog is open and what it starts with: UI state, so the File menu, the
// palette and the People toolbar can all open it.
import { create } from 'zustand';
import type { ExportTable } from '../../../shared/export/export-tables';

export type PeopleScope = 'all' | 'list';

export interface ExportDialogStart {
  table: ExportTable;
  scope: PeopleScope;
}

interface ExportDialogState {
  open: ExportDialogStart | null;
}

export const useExportStore = create<ExportDialogState>(() => ({ open: null }));

export function openExportDialog(start: Partial<ExportDialogStart> = {}): void {
  useExportStore.setState({ open: { table: 'people', scope: 'all', ...start } });
}

export function closeExportDialog(): void {
  useExportStore.setState({ open: null });
}
