import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardNavigation } from './navigation-guards';

type Handler = (event: { preventDefault(): void }, url: string) => void;

function fakeWebContents() {
  const handlers = new Map<string, Handler>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => {
      windowOpenHandler = handler;
    },
    on: (event: string, handler: Handler) => handlers.set(event, handler),
  };
  const emit = (event: string, url: string) => {
    const preventDefault = vi.fn();
    handlers.get(event)?.({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => windowOpenHandler?.({ url });
  return { contents: contents as unknown as WebContents, emit, open };
}

describe('guardNavigation', () => {
  it('denies every window.open, sending web links to the browser', () => {
    const { contents, open } = fakeWebContents();
    const openExternal = vi.fn();
    guardNavigation(contents, openExternal);

    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    expect(open('app://hallway/index.html')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('prevents navigation away from the app and opens web links outside', () => {
    const { contents, emit } = fakeWebContents();
    const openExternal = vi.fn();
    guardNavigation(contents, openExternal);

    expect(emit('will-navigate', 'app://hallway/index.html#/people')).toBe(false);
    expect(emit('will-navigate', 'https://example.org/')).toBe(true);
    expect(emit('will-navigate', 'file:///home/a/.ssh/id_rsa')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('prevents redirects off the app and any <webview>', () => {
    const { contents, emit } = fakeWebContents();
    guardNavigation(contents, vi.fn());

    expect(emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(emit('will-redirect', 'app://hallway/index.html')).toBe(false);
    expect(emit('will-attach-webview', 'app://hallway/index.html')).toBe(true);
  });
});
