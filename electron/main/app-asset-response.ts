// Responses of the app:// protocol: the file the traversal guard maps the URL to, with its
// content type and the Content-Security-Policy header, or a plain 404. Nothing outside the
// built renderer folder is ever read.
import { resolveAppAssetPath } from './app-asset-path';
import { contentTypeForAsset } from './asset-content-type';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export type ReadAsset = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });

export async function respondWithAppAsset(
  rootDir: string,
  requestUrl: string,
  readAsset: ReadAsset,
): Promise<Response> {
  const filePath = resolveAppAssetPath(rootDir, requestUrl);
  if (filePath === null) return notFound();
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readAsset(filePath);
  } catch {
    return notFound();
  }
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': contentTypeForAsset(filePath),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
