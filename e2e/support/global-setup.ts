// Playwright's global set-up: builds what the specs start themselves (the sync server) once per run.
import { ensureSyncServerBuilt } from './sync-server-build';

export default function globalSetup(): void {
  ensureSyncServerBuilt();
}
