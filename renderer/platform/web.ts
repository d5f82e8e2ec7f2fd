// The platform contract in a plain browser (docs/architecture.md, "The platform contract"): files
// leave as Blob downloads and arrive through a hidden file input, links open with noopener,
// notifications use the Notification API only when permission was already granted (never prompting
// on its own), and there are no backups on disk and no application menu.
import { version } from '../../package.json';
import type { BackupKind } from '../../shared/backup/backup-kind';
import type { MenuCommand } from '../../shared/ipc/contract';
import { isAllowedExternalUrl } from '../../shared/platform/external-url-policy';
import type {
  AppInfo,
  FileFilter,
  OpenFileRequest,
  OpenFileResult,
  Platform,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/platform/platform';

export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    saveFile: async (request) => downloadFile(request),
    openFile: (request) => pickFile(request),
    writeBackup: async (json, kind) =>
      downloadFile({
        suggestedName: backupFileName(new Date(), kind),
        data: json,
        mimeType: 'application/json',
      }),
    listBackups: async () => [],
    readBackup: async () => {
      throw new Error('Automatic backups exist only in the desktop app.');
    },
    showBackupInFolder: async () => {
      throw new Error('Automatic backups exist only in the desktop app.');
    },
    showNotification: async ({ title, body }) => {
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') {
        return false;
      }
      new Notification(title, { body });
      return true;
    },
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    appInfo: async () => webAppInfo(),
    allowSyncOrigin: async () => {},
    onMenuCommand: (_listener: (command: MenuCommand) => void) => () => {},
  };
}

/**
 * Local time (a download is named for the person who saves it), then why it was made when it is a
 * safety copy: "Back up now" is the ordinary backup of the web, and keeps the plain name.
 */
export function backupFileName(date: Date, kind: BackupKind = 'automatic'): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
  const suffix = kind === 'automatic' || kind === 'manual' ? '' : `-${kind}`;
  return `hallway-backup-${day}-${time}${suffix}.json`;
}

function downloadFile({ suggestedName, data, mimeType }: SaveFileRequest): SaveFileResult {
  const blob = new Blob([data as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started from the click; revoking on the next task keeps it intact.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return { saved: true, location: suggestedName };
}

function pickFile({ filters, maxBytes }: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    const accept = acceptAttribute(filters);
    if (accept) input.accept = accept;
    const finish = () => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve({ opened: false, reason: 'cancelled' });
    });
    input.addEventListener('change', () => {
      finish();
      const file = input.files?.[0];
      if (!file) {
        resolve({ opened: false, reason: 'cancelled' });
      } else if (file.size > maxBytes) {
        resolve({ opened: false, reason: 'too-large', name: file.name, size: file.size, maxBytes });
      } else {
        file
          .arrayBuffer()
          .then(
            (buffer) => resolve({ opened: true, name: file.name, bytes: new Uint8Array(buffer) }),
            reject,
          );
      }
    });
    document.body.append(input);
    input.click();
  });
}

function acceptAttribute(filters: FileFilter[] | undefined): string {
  return (filters ?? [])
    .flatMap((filter) => filter.extensions)
    .filter((extension) => extension !== '*')
    .map((extension) => `.${extension}`)
    .join(',');
}

function webAppInfo(): AppInfo {
  return {
    name: 'Hallway',
    version,
    platform: 'web',
    os: navigator.platform || navigator.userAgent,
    userDataDir: null,
  };
}
