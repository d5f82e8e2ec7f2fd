import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://connpass.com/event/12345/',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/Path?q=1#x',
    'mailto:hana@example.jp',
    'mailto:hana@example.jp?subject=Hello',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/run.exe',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ms-msdt:/id PCWDiagnostic',
    'smb://attacker/share',
    'slack://open',
    'app://hallway/index.html',
    'https://user:secret@example.org/',
    'mailto:',
    'https://',
    'example.org',
    '//example.org',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses very long URLs', () => {
    expect(isAllowedExternalUrl(`https://example.org/${'a'.repeat(5000)}`)).toBe(false);
  });

  it.each([undefined, null, 42, { href: 'https://example.org' }, ['https://example.org']])(
    'refuses the non-string %o',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(false);
    },
  );
});
