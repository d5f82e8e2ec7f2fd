import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-url-policy';
import { mailtoUrl } from './mailto-url';

describe('mailtoUrl', () => {
  it.each([
    ['aiko@example.com', 'mailto:aiko@example.com'],
    [' aiko+news@example.com ', 'mailto:aiko+news@example.com'],
    ['山田@例え.jp', 'mailto:%E5%B1%B1%E7%94%B0@%E4%BE%8B%E3%81%88.jp'],
    ['a@example.org?attach=/etc/passwd', 'mailto:a@example.org%3Fattach%3D%2Fetc%2Fpasswd'],
    [
      'a@example.org?bcc=b@example.org&body=hi',
      'mailto:a%40example.org%3Fbcc%3Db@example.org%26body%3Dhi',
    ],
    ['a@example.org#top', 'mailto:a@example.org%23top'],
  ])('writes %j as one bare, encoded address', (address, url) => {
    expect(mailtoUrl(address)).toBe(url);
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    '',
    'aiko',
    '@example.com',
    'aiko@',
    'a@example.org,b@example.org',
    'a@example.org;b@example.org',
    'a@example.org\r\nBcc: b@example.org',
    'a\u0000@example.org',
    'a\ud800@example.org',
  ])('makes no link of %j', (address) => {
    expect(mailtoUrl(address)).toBeNull();
  });

  it('gives a link the policy opens and that decodes to the address, or none', () => {
    const character = fc.oneof(
      fc.constantFrom('@', '?', '&', '=', '#', '%', ',', ';', ':', '/', ' ', '\n', '+', '山'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit: character, maxLength: 20 }), (address) => {
        const url = mailtoUrl(address);
        if (url === null) return;
        expect(isAllowedExternalUrl(url)).toBe(true);
        expect(url.indexOf('@')).toBe(url.lastIndexOf('@'));
        const at = url.indexOf('@');
        expect(
          `${decodeURIComponent(url.slice('mailto:'.length, at))}@${decodeURIComponent(url.slice(at + 1))}`,
        ).toBe(address.trim());
      }),
      { numRuns: 500 },
    );
  });
});
