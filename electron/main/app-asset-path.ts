// The path-traversal guard of the app:// protocol: maps a request URL to a file inside the
// built renderer folder, or null. It decodes the path once and refuses anything that could
// step outside the root (`..` segments, backslashes, drive letters, NUL bytes), then checks
// the resolved path really is under the root. The root itself is index.html; the app routes
// with the URL's hash, so no other path stands for a page.
import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

type PathApi = Pick<typeof nodePath, 'resolve' | 'sep'>;

const ENTRY_FILE = 'index.html';

export function resolveAppAssetPath(
  rootDir: string,
  requestUrl: string,
  pathApi: PathApi = nodePath,
): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const segments = pathname.split('/').filter((segment) => segment !== '');
  const unsafe = segments.some(
    (segment) =>
      segment === '.' ||
      segment === '..' ||
      segment.includes('\\') ||
      segment.includes(':') ||
      segment.includes('\0'),
  );
  if (unsafe) return null;

  const relative = segments.length === 0 ? [ENTRY_FILE] : segments;

  const root = pathApi.resolve(rootDir);
  const resolved = pathApi.resolve(root, ...relative);
  return resolved.startsWith(root + pathApi.sep) ? resolved : null;
}
