// Where loading sample data stands: UI state shared by the Settings button, the palette command
// and the confirmation dialog in the layout (so any of them can start it and all show progress).
import { create } from 'zustand';

export type SampleDataPhase =
  | { phase: 'idle' }
  | { phase: 'confirming'; existingPeople: number }
  | { phase: 'loading'; done: number; total: number };

export const useSampleDataStore = create<SampleDataPhase>(() => ({ phase: 'idle' }));
