// The mailto link for one stored e-mail address: the bare address, percent-encoded (RFC 6068)
// outside the few characters a mailto address may hold as they are, and nothing after it. An
// address field holding `a@example.org?bcc=b@example.org&body=…` or `…?attach=…` then writes to
// one odd address instead of adding recipients, a body or an attachment. The external link policy
// (external-url-policy.ts) opens exactly this shape and nothing else.

/** What a mailto address keeps unencoded: RFC 6068's unreserved characters and `!$'()*+`. */
const KEPT = /^[A-Za-z0-9\-._~!$'()*+]$/;

/** A list separator or a control character: never part of one bare address. */
function separatesAddresses(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f || character === ',' || character === ';';
}

function encodePart(part: string): string {
  let encoded = '';
  for (const character of part)
    encoded += KEPT.test(character) ? character : encodeURIComponent(character);
  return encoded;
}

/** `mailto:` and the encoded address, or null when the text is not one address (no `@`, …). */
export function mailtoUrl(address: string): string | null {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1 || [...trimmed].some(separatesAddresses)) return null;
  try {
    return `mailto:${encodePart(trimmed.slice(0, at))}@${encodePart(trimmed.slice(at + 1))}`;
  } catch {
    // encodeURIComponent refuses a lone surrogate: no address has one.
    return null;
  }
}
