// Everything of backup and restore that lives beside any screen, mounted once in the layout: the
// restore dialogs, the desktop's daily automatic backup, and the message after a restore.
import { RestoreDialogs } from './restore-dialogs';
import { useRestoredNotice } from './restored-notice';
import { useAutomaticBackups } from './use-automatic-backups';

export function BackupOverlays() {
  useAutomaticBackups();
  useRestoredNotice();
  return <RestoreDialogs />;
}
