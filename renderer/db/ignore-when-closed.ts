// For work a window starts on its own (not asked for by the user): once the database is closed —
// another window replaced it (other-windows.ts) or the window is going away — that work has no
// one to report to, and its DatabaseClosedError is expected. Every other failure still surfaces.
export function ignoreWhenClosed(error: unknown): void {
  if (error instanceof Error && error.name === 'DatabaseClosedError') return;
  throw error;
}
