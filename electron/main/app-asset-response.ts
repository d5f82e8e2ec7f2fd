// Responses of the app:// protocol: the file the traversal guard maps the URL to, with its
// content type and the Content-Security-Policy header of the moment (asked with forPage for
// the HTML page itself), or a plain 404. Nothing outside the built renderer folder is ever read.
import { resolveAppAssetPath } from './app-asset-path';
import { contentTypeForAsset } from './asset-content-type';

export type ReadAsset = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });

export async function respondWithAppAsset(
  rootDir: string,
  requestUrl: string,
  readAsset: ReadAsset,
  contentSecurityPolicy: (forPage: boolean) => string,
): Promise<Response> {
  const filePath = resolveAppAssetPath(rootDir, requestUrl);
  if (filePath === null) return notFound();
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readAsset(filePath);
  } catch {
    return notFound();
  }
  const contentType = contentTypeForAsset(filePath);
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': contentSecurityPolicy(contentType.startsWith('text/html')),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
