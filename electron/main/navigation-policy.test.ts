import { describe, expect, it, vi } from 'vitest';
import { decideNavigation, decideWindowOpen, openExternalIfAllowed } from './navigation-policy';

describe('decideNavigation', () => {
  it('lets the app move between its own pages', () => {
    expect(decideNavigation('app://hallway/index.html#/people')).toBe('allow');
  });

  it('sends web and e-mail links to the operating system instead of navigating', () => {
    expect(decideNavigation('https://example.org/')).toBe('open-externally');
    expect(decideNavigation('mailto:a@example.org')).toBe('open-externally');
  });

  it('blocks every other destination', () => {
    expect(decideNavigation('file:///etc/passwd')).toBe('block');
    expect(decideNavigation('app://other/index.html')).toBe('block');
    expect(decideNavigation('javascript:alert(1)')).toBe('block');
  });
});

describe('decideWindowOpen', () => {
  it('never opens an app window, even for the app origin', () => {
    expect(decideWindowOpen('app://hallway/index.html')).toBe('block');
    expect(decideWindowOpen('https://example.org/')).toBe('open-externally');
    expect(decideWindowOpen('data:text/html,hi')).toBe('block');
  });
});

describe('openExternalIfAllowed', () => {
  it('hands allowed links to the operating system', async () => {
    const openExternal = vi.fn(async () => undefined);
    await expect(openExternalIfAllowed(openExternal, 'mailto:a@example.org')).resolves.toBe(true);
    expect(openExternal).toHaveBeenCalledWith('mailto:a@example.org');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 42, undefined])(
    'never passes %o on',
    async (url) => {
      const openExternal = vi.fn(async () => undefined);
      await expect(openExternalIfAllowed(openExternal, url)).resolves.toBe(false);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );
});
