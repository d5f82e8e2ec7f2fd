// The app session's rules, through the handlers secureSession gives a (fake) session: the
// permissions the app uses and nothing else, no spellchecker download, no request that is not
// the app's own.
import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { createFakeElectron, sessionRules } from '../testing/fake-electron';
import { secureSession } from './session-security';
import { syncOriginsOf, type SyncOrigins } from './sync-origin';

function securedSession(syncOrigins: () => SyncOrigins | null = () => null) {
  const fake = createFakeElectron({ userDataDir: '/tmp/unused' });
  secureSession(fake.session as unknown as Session, syncOrigins);
  return { session: fake.session, rules: sessionRules(fake) };
}

const APP_PAGE = 'app://hallway/index.html';
const APP_ORIGIN = 'app://hallway';

describe('the permission handlers', () => {
  it.each(['clipboard-sanitized-write', 'persistent-storage'])(
    'grant %s to the app, when asked and when checked',
    (permission) => {
      const { rules } = securedSession();
      expect(rules.requestPermission(permission, APP_PAGE)).toBe(true);
      expect(rules.checkPermission(permission, APP_ORIGIN)).toBe(true);
    },
  );

  it.each(['clipboard-sanitized-write', 'persistent-storage'])(
    'refuse %s to any other origin',
    (permission) => {
      const { rules } = securedSession();
      for (const origin of ['https://example.org/', 'app://elsewhere/', 'file:///index.html']) {
        expect(rules.requestPermission(permission, origin)).toBe(false);
        expect(rules.checkPermission(permission, origin)).toBe(false);
      }
    },
  );

  it.each([
    'notifications',
    'clipboard-read',
    'media',
    'geolocation',
    'openExternal',
    'fullscreen',
    'hid',
    'serial',
    'usb',
    'storage-access',
    'unknown',
  ])('refuse %s, even to the app', (permission) => {
    const { rules } = securedSession();
    expect(rules.requestPermission(permission, APP_PAGE)).toBe(false);
    expect(rules.checkPermission(permission, APP_ORIGIN)).toBe(false);
  });
});

describe('the spellchecker', () => {
  it('is off, and its dictionary URL is not on the network', () => {
    const { session } = securedSession();
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    const [url] = session.setSpellCheckerDictionaryDownloadURL.mock.calls[0] as [string];
    expect(url).toMatch(/^app:\/\/hallway\/.+\/$/);
  });
});

describe('the request blocking', () => {
  it('covers every request, not a list of schemes', () => {
    const { session } = securedSession();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(session.webRequest.onBeforeRequest.mock.calls[0]).toHaveLength(1);
  });

  it.each([
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
    'http://dl.google.com/edgedl/chrome/dict/ja-jp-3-0.bdic',
    'https://example.org/pixel.gif',
    'http://localhost:4173/',
    'ws://127.0.0.1:9222/',
    'wss://example.org/socket',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'app://elsewhere/index.html',
    'app://user@hallway/index.html',
    'chrome-extension://abc/script.js',
    'smb://server/share',
    'not a url',
  ])('cancels %s', (url) => {
    const { rules } = securedSession();
    expect(rules.isRequestCancelled(url)).toBe(true);
  });

  it.each([
    'app://hallway/index.html',
    'app://hallway/assets/index-3f2a.js',
    'app://hallway/assets/search-worker-9c1d.js',
    'app://hallway/favicon.svg',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://hallway/0f6c1c7e-6f1e-4a53-9d3c-1d2a0b7c9e11',
    'devtools://devtools/bundled/devtools_app.html',
  ])('lets %s through', (url) => {
    const { rules } = securedSession();
    expect(rules.isRequestCancelled(url)).toBe(false);
  });
});

describe('the request blocking with a sync server', () => {
  const remote = syncOriginsOf('wss://sync.example.org');
  const loopback = syncOriginsOf('ws://127.0.0.1:4455');

  it.each([
    'wss://sync.example.org/',
    'wss://sync.example.org:443/space:abc/people/0',
    'https://sync.example.org/v1/devices',
  ])('lets %s through to wss://sync.example.org', (url) => {
    expect(securedSession(() => remote).rules.isRequestCancelled(url)).toBe(false);
  });

  it.each([
    'wss://other.example.org/',
    'https://example.org/',
    'wss://sync.example.org:8443/',
    'https://sync.example.org:8443/v1/devices',
    'ws://sync.example.org/',
    'http://sync.example.org/v1/devices',
    'wss://sync.example.org.evil.test/',
    'https://evil.test/?u=https://sync.example.org',
    'ftp://sync.example.org/',
  ])('cancels %s: another host, port or scheme', (url) => {
    expect(securedSession(() => remote).rules.isRequestCancelled(url)).toBe(true);
  });

  it('lets a loopback server through on its port only, WebSocket and API', () => {
    const { rules } = securedSession(() => loopback);
    expect(rules.isRequestCancelled('ws://127.0.0.1:4455/')).toBe(false);
    expect(rules.isRequestCancelled('http://127.0.0.1:4455/v1/token')).toBe(false);
    expect(rules.isRequestCancelled('ws://127.0.0.1:4456/')).toBe(true);
    expect(rules.isRequestCancelled('http://127.0.0.1:9222/json')).toBe(true);
    expect(rules.isRequestCancelled('ws://localhost:4455/')).toBe(true);
    expect(rules.isRequestCancelled('wss://127.0.0.1:4455/')).toBe(true);
  });

  it('reads the server afresh for each request: null closes it again', () => {
    let current: SyncOrigins | null = remote;
    const { rules } = securedSession(() => current);
    expect(rules.isRequestCancelled('wss://sync.example.org/')).toBe(false);
    current = null;
    expect(rules.isRequestCancelled('wss://sync.example.org/')).toBe(true);
    expect(rules.isRequestCancelled('app://hallway/index.html')).toBe(false);
  });
});
