import { describe, expect, it } from 'vitest';
import { normaliseProfileUrl } from './normalise-profile-url';

describe('normaliseProfileUrl', () => {
  it('drops scheme, www, query, fragment and trailing slashes', () => {
    expect(normaliseProfileUrl('https://www.Example.com/Blog/?utm=1#top')).toBe('example.com/Blog');
    expect(normaliseProfileUrl('http://example.com//')).toBe('example.com');
  });

  it('keeps path case on sites where it matters', () => {
    expect(normaliseProfileUrl('https://example.com/~Ada')).toBe('example.com/~Ada');
  });

  it('ignores path case on LinkedIn and GitHub', () => {
    expect(normaliseProfileUrl('https://www.LinkedIn.com/in/AdaL/')).toBe('linkedin.com/in/adal');
    expect(normaliseProfileUrl('github.com/Octocat')).toBe('github.com/octocat');
  });

  it('treats twitter.com and x.com, and mobile hosts, as one site', () => {
    expect(normaliseProfileUrl('https://mobile.twitter.com/ada')).toBe('x.com/ada');
    expect(normaliseProfileUrl('https://x.com/Ada')).toBe('x.com/ada');
  });

  it('drops user info and port', () => {
    expect(normaliseProfileUrl('https://user@example.com:8080/a')).toBe('example.com/a');
  });

  it('returns an empty key for a blank link', () => {
    expect(normaliseProfileUrl('   ')).toBe('');
  });
});
