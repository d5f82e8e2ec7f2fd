// The sync server gate of the main process: what it lets requests reach, the CSP it hands to
// app:// responses, what it saves, and when the page must reload for its CSP to follow.
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { syncOriginsOf } from './sync-origin';
import { createSyncOriginGate, SyncOriginRefusedError } from './sync-origin-gate';

const connectSrc = (policy: string) => /connect-src ([^;]+)/.exec(policy)?.[1];

function gateWith(initialServerUrl: string | null) {
  const save = vi.fn();
  return { gate: createSyncOriginGate({ initialServerUrl, save }), save };
}

describe('the sync origin gate', () => {
  it('starts from the saved server, so the first page load already allows it', () => {
    const { gate } = gateWith('ws://127.0.0.1:4455');
    expect(gate.origins()).toEqual(syncOriginsOf('ws://127.0.0.1:4455'));
    expect(connectSrc(gate.contentSecurityPolicy(true))).toBe(
      "'self' ws://127.0.0.1:4455 http://127.0.0.1:4455",
    );
  });

  it('with no server, lets no request out and gives the meta tag’s policy', () => {
    const { gate } = gateWith(null);
    expect(gate.origins()).toBeNull();
    expect(gate.contentSecurityPolicy(true)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('opens to a server, saves it, and closes again with null', () => {
    const { gate, save } = gateWith(null);
    expect(gate.allow('wss://sync.example.org')).toEqual({ reloadPage: false });
    expect(save).toHaveBeenLastCalledWith('wss://sync.example.org');
    expect(gate.origins()).toEqual(syncOriginsOf('wss://sync.example.org'));
    expect(connectSrc(gate.contentSecurityPolicy(false))).toBe(
      "'self' wss://sync.example.org https://sync.example.org",
    );

    expect(gate.allow(null)).toEqual({ reloadPage: false });
    expect(save).toHaveBeenLastCalledWith(null);
    expect(gate.origins()).toBeNull();
  });

  it.each([
    ['plain ws:// on a remote host', 'ws://sync.example.org'],
    ['http:// for a non-loopback host', 'http://sync.example.org'],
    ['an IPv6 literal', 'ws://[::1]:4455'],
  ])('refuses %s, saving nothing and keeping the server it had', (_why, url) => {
    const { gate, save } = gateWith('wss://sync.example.org');
    expect(() => gate.allow(url)).toThrow(SyncOriginRefusedError);
    expect(save).not.toHaveBeenCalled();
    expect(gate.origins()).toEqual(syncOriginsOf('wss://sync.example.org'));
  });

  it('asks for a reload only when the loaded page allows another server', () => {
    const { gate } = gateWith('wss://a.example.org');
    gate.contentSecurityPolicy(true);
    expect(gate.allow(null).reloadPage).toBe(false);
    expect(gate.allow('wss://a.example.org/path').reloadPage).toBe(false);
    expect(gate.allow('wss://b.example.org').reloadPage).toBe(true);
    // After the reload the page allows b.
    gate.contentSecurityPolicy(true);
    expect(gate.allow('wss://b.example.org').reloadPage).toBe(false);
  });

  it('lets a page loaded with no server pair in place (its CSP lists the candidates)', () => {
    const { gate } = gateWith(null);
    gate.contentSecurityPolicy(true);
    expect(gate.allow('ws://127.0.0.1:4455').reloadPage).toBe(false);
    // An asset served later does not change what the page allows.
    gate.contentSecurityPolicy(false);
    expect(gate.allow('wss://b.example.org').reloadPage).toBe(false);
  });
});
