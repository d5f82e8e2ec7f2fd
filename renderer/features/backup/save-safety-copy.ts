// A backup of the current data just before a change that cannot be undone (emptying the trash),
// of its own kind so that rotation keeps it (shared/backup/backup-kind). Desktop only: the web has
// no backups folder, and a download before every such step would be noise the user learns to
// dismiss. Returns whether the change may go ahead: false when the copy was not saved.
import type { KeptBackupKind } from '../../../shared/backup/backup-kind';
import type { Platform } from '../../../shared/platform/platform';
import type { HallwayDatabase } from '../../db/database';
import { noteBackupWritten } from './backup-store';
import { saveBackup } from './create-backup';

export async function saveSafetyCopy(
  db: HallwayDatabase,
  platform: Platform,
  kind: KeptBackupKind,
): Promise<boolean> {
  if (platform.kind !== 'desktop') return true;
  const result = await saveBackup(db, platform, kind);
  if (result.saved) noteBackupWritten();
  return result.saved;
}
