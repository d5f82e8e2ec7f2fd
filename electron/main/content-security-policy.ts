// The Content-Security-Policy the app:// protocol sends as a response header. It repeats the
// meta tag of renderer/index.html (a test keeps the two identical): the header also covers
// responses the meta tag cannot, such as workers and a page that fails to parse.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
