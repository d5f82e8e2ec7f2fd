// Why a backup was made. Automatic backups (the daily one) are rotated: the newest of each of the
// last 7 days and 4 weeks stay. Every other kind is a copy someone may need to go back to — the
// data just before a restore, before the trash was emptied, before a schema upgrade, before a
// merge of many, or one the user asked for ("Back up now") — so rotation never counts them
// against the daily and weekly ones: each is kept for SAFETY_BACKUP_KEEP_DAYS after it was made,
// long enough to notice a wrong restore, and the folder still cannot grow without end.
// The kind is part of the file name (electron/services/backup-file-name.ts).

export const BACKUP_KINDS = [
  'automatic',
  'manual',
  'before-restore',
  'before-empty-trash',
  'before-upgrade',
  'before-merge',
] as const;

export type BackupKind = (typeof BACKUP_KINDS)[number];

/** The kinds that rotation keeps for a fixed time instead of rotating them. */
export type KeptBackupKind = Exclude<BackupKind, 'automatic'>;

export const SAFETY_BACKUP_KEEP_DAYS = 30;

/** How a listed backup is shown: automatic ones by the reason rotation keeps them. */
export type ListedBackupKind = 'daily' | 'weekly' | KeptBackupKind;
