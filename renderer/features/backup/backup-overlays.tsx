// Everything of backup and restore that lives beside any screen, mounted once in the layout: the
// restore dialogs and the palette's restore command, the desktop's daily automatic backup, and
// the message after a restore; at start, the request for persistent storage.
import { RestoreDialogs } from './restore-dialogs';
import { useRestoredNotice } from './restored-notice';
import { useAutomaticBackups } from './use-automatic-backups';
import { useRestoreCommand } from './use-restore-command';
import { useStorageSafetyAtStart } from './use-storage-safety-at-start';

export function BackupOverlays() {
  useAutomaticBackups();
  useRestoredNotice();
  useRestoreCommand();
  useStorageSafetyAtStart();
  return <RestoreDialogs />;
}
