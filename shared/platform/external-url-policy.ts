// Which links may leave the app: http(s) pages and mailto addresses, nothing else (no file:,
// javascript:, custom schemes or app:// itself). Used by the main process before
// shell.openExternal and by the web platform before window.open. It takes unknown on purpose (it
// guards a trust boundary) and accepts only a strict, unambiguous subset of URLs, checked
// without a URL parser (shared/ has no DOM or Node globals): no whitespace, control characters
// or backslashes anywhere, a host without credentials for http(s), and for mailto one bare,
// percent-encoded address as mailtoUrl builds it: no `?` fields (`bcc`, `body`, `attach`), no
// fragment, no second recipient, no encoded control character.
const MAX_URL_LENGTH = 4096;
const WEB_URL = /^https?:\/\/[^/?#@]+(?:[/?#].*)?$/iu;
const MAIL_PART = "(?:[A-Za-z0-9\\-._~!$'()*+]|%[0-9A-Fa-f]{2})+";
const MAIL_URL = new RegExp(`^mailto:${MAIL_PART}@${MAIL_PART}$`, 'i');
/** Encoded bytes that would end one address or start a header line: controls, `,` and `;`. */
const ENCODED_SEPARATOR = /%(?:[01][0-9A-F]|7F|2C|3B)/i;

export function isAllowedExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return false;
  if (hasUnsafeCharacter(url)) return false;
  return WEB_URL.test(url) || (MAIL_URL.test(url) && !ENCODED_SEPARATOR.test(url));
}

function hasUnsafeCharacter(url: string): boolean {
  for (const character of url) {
    const code = character.codePointAt(0) ?? 0;
    if (code <= 0x20 || code === 0x7f || character === '\\' || /\s/u.test(character)) return true;
  }
  return false;
}
