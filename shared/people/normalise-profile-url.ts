// Profile links reduced to a comparable key, so one person imported twice (once with
// "https://www.linkedin.com/in/Ada/", once with "linkedin.com/in/ada?trk=x") is found as a
// duplicate. The key drops the scheme, user info, `www.`/`m.` prefix, port, query, fragment and
// trailing slashes, lower-cases the host, and lower-cases the path on hosts whose profile paths
// are case-insensitive (LinkedIn, GitHub, X/Twitter…). twitter.com is folded into x.com.
// Written without URL (shared/ has no DOM or Node globals) and without throwing on junk.

const CASE_INSENSITIVE_PATH_HOSTS = new Set([
  'linkedin.com',
  'github.com',
  'gitlab.com',
  'x.com',
  'instagram.com',
  'facebook.com',
  'connpass.com',
  'qiita.com',
  'zenn.dev',
]);

const HOST_ALIASES: ReadonlyMap<string, string> = new Map([['twitter.com', 'x.com']]);

export function normaliseProfileUrl(raw: string): string {
  const withoutScheme = raw
    .normalize('NFKC')
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^\/\//, '');
  const beforeQuery = withoutScheme.split(/[?#]/, 1)[0];
  const slash = beforeQuery.indexOf('/');
  const authority = slash === -1 ? beforeQuery : beforeQuery.slice(0, slash);
  const rawPath = slash === -1 ? '' : beforeQuery.slice(slash);
  const bareHost = authority
    .replace(/^.*@/, '')
    .replace(/:\d*$/, '')
    .toLowerCase()
    .replace(/^(www|m|mobile)\./, '');
  const host = HOST_ALIASES.get(bareHost) ?? bareHost;
  const trimmedPath = rawPath.replace(/\/+$/, '');
  const path = CASE_INSENSITIVE_PATH_HOSTS.has(host) ? trimmedPath.toLowerCase() : trimmedPath;
  return host + path;
}
