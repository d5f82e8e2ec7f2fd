import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from './app-origin';

describe('isAppUrl', () => {
  it('accepts pages and assets of the app origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://hallway/assets/index-1234.js?v=1#top')).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://hallway.evil.com/index.html',
    'app://user:pass@hallway/index.html',
    'https://hallway/index.html',
    'file:///index.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl({ href: APP_ENTRY_URL })).toBe(false);
  });
});
