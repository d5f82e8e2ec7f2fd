// Which sync server URLs the desktop opens to, and which requests match them: exactly the
// server's WebSocket origin and its HTTP API origin, same scheme, host and port.
import { describe, expect, it } from 'vitest';
import { isSyncOriginRequest, sameSyncOrigins, syncOriginsOf } from './sync-origin';

describe('syncOriginsOf', () => {
  it('takes a wss:// server and its https API on the same host and port', () => {
    expect(syncOriginsOf('wss://sync.example.org/hallway')).toEqual({
      webSocket: 'wss://sync.example.org',
      api: 'https://sync.example.org',
    });
    expect(syncOriginsOf('wss://Sync.Example.org:8443')).toEqual({
      webSocket: 'wss://sync.example.org:8443',
      api: 'https://sync.example.org:8443',
    });
  });

  it('takes ws:// on loopback, with http for its API', () => {
    expect(syncOriginsOf('ws://127.0.0.1:4455')).toEqual({
      webSocket: 'ws://127.0.0.1:4455',
      api: 'http://127.0.0.1:4455',
    });
    expect(syncOriginsOf('ws://localhost:1234/')?.webSocket).toBe('ws://localhost:1234');
  });

  it.each([
    ['ws:// on another host', 'ws://sync.example.org'],
    ['ws:// on a LAN address', 'ws://192.168.1.20:4455'],
    ['http://, even on loopback', 'http://127.0.0.1:4455'],
    ['https://', 'https://sync.example.org'],
    ['credentials in the URL', 'wss://user:secret@sync.example.org'],
    ['a query', 'wss://sync.example.org/?token=x'],
    ['an IPv6 literal, which a CSP source cannot name', 'ws://[::1]:4455'],
    ['not a URL', 'sync.example.org'],
  ])('refuses %s', (_why, url) => {
    expect(syncOriginsOf(url)).toBeNull();
  });
});

describe('isSyncOriginRequest', () => {
  const origins = syncOriginsOf('wss://sync.example.org');

  it('matches the WebSocket and API origins, whatever the path', () => {
    expect(isSyncOriginRequest('wss://sync.example.org/space:1/people/3', origins)).toBe(true);
    expect(isSyncOriginRequest('https://sync.example.org/v1/spaces', origins)).toBe(true);
  });

  it('refuses another host, another port, another scheme, and anything with no server', () => {
    expect(isSyncOriginRequest('wss://other.example.org/', origins)).toBe(false);
    expect(isSyncOriginRequest('wss://sync.example.org:444/', origins)).toBe(false);
    expect(isSyncOriginRequest('http://sync.example.org/', origins)).toBe(false);
    expect(isSyncOriginRequest('not a url', origins)).toBe(false);
    expect(isSyncOriginRequest('wss://sync.example.org/', null)).toBe(false);
  });
});

describe('sameSyncOrigins', () => {
  it('compares both origins, null included', () => {
    expect(sameSyncOrigins(syncOriginsOf('wss://a.test'), syncOriginsOf('wss://a.test/x'))).toBe(
      true,
    );
    expect(sameSyncOrigins(syncOriginsOf('wss://a.test'), syncOriginsOf('wss://b.test'))).toBe(
      false,
    );
    expect(sameSyncOrigins(null, null)).toBe(true);
    expect(sameSyncOrigins(syncOriginsOf('wss://a.test'), null)).toBe(false);
  });
});
