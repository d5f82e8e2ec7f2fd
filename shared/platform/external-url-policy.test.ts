import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-url-policy';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com',
    'http://example.com/path?q=1#x',
    'HTTPS://EXAMPLE.COM',
    'mailto:someone@example.com',
    'MAILTO:someone@example.com',
    'mailto:aiko+news@example.com',
    'mailto:%E5%B1%B1%E7%94%B0@example.jp',
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
    'mailto:someone@example.com?subject=Hello',
    'mailto:a@example.org?attach=/etc/passwd',
    'mailto:a@example.org?bcc=b@example.org&body=Hello',
    'mailto:?to=a@example.org',
    'mailto:a@example.org#x',
    'mailto:a@example.org,b@example.org',
    'mailto:a@example.org;b@example.org',
    'mailto:a@example.org%2Cb@example.org',
    'mailto:a@example.org%0D%0ABcc%3A%20b@example.org',
    'mailto:a@b@example.org',
    'mailto:example.org',
    'mailto:山田@example.jp',
    'mailto:a@example.org%2',
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
