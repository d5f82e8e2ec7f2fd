import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-url-policy';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com',
    'http://example.com/path?q=1#x',
    'HTTPS://EXAMPLE.COM',
    'mailto:someone@example.com',
    'mailto:someone@example.com?subject=Hello',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://hallway/index.html',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://example.com',
    'ms-msdt:/id',
    'https://',
    'https://user:secret@example.com',
    'mailto:',
    'example.com',
    'https:example.com',
    'https://example.com\\@evil.test',
    'https://exa mple.com',
    'https://example.com/\nline',
    '/relative/path',
    '',
    ' javascript:alert(1)',
    `https://example.com/${'a'.repeat(5000)}`,
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it.each([undefined, null, 42, {}, ['https://example.com'], new URL('https://example.com')])(
    'refuses a non-string %s',
    (value) => {
      expect(isAllowedExternalUrl(value)).toBe(false);
    },
  );
});
