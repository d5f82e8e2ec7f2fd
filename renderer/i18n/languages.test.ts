import { describe, expect, it } from 'vitest';
import { languageFromSystem, resolveLanguage } from './languages';

describe('languageFromSystem', () => {
  it('chooses Japanese for any Japanese variant listed first', () => {
    expect(languageFromSystem(['ja'])).toBe('ja');
    expect(languageFromSystem(['ja-JP', 'en-US'])).toBe('ja');
  });

  it('falls back to English otherwise', () => {
    expect(languageFromSystem(['en-GB', 'ja'])).toBe('en');
    expect(languageFromSystem(['fr-FR'])).toBe('en');
    expect(languageFromSystem([])).toBe('en');
  });
});

describe('resolveLanguage', () => {
  it('uses a fixed choice regardless of the system', () => {
    expect(resolveLanguage('ja', ['en-US'])).toBe('ja');
    expect(resolveLanguage('en', ['ja-JP'])).toBe('en');
  });

  it('follows the system when asked to', () => {
    expect(resolveLanguage('system', ['ja-JP'])).toBe('ja');
  });
});
