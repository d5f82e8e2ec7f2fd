// Pins the Content-Security-Policy: the page may load only its own files (plus data: and blob:
// images and blob: workers it makes itself), never inline or eval'd code, and connect only to
// the sync server: with none set, to the candidates for pairing (the meta tag's policy); with one
// set, to exactly its WebSocket and HTTP API origins.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './content-security-policy';
import { syncOriginsOf } from './sync-origin';

const directivesOf = (policy: string) =>
  new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

const directives = directivesOf(CONTENT_SECURITY_POLICY);

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the policy of the renderer meta tag', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no remote origin and no unsafe source outside connect-src', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|nonce-|sha\d+-/i);
    for (const [name, sources] of directives) {
      if (name === 'connect-src') continue;
      for (const source of sources) {
        expect(["'self'", "'none'", 'data:', 'blob:'], `${name} ${source}`).toContain(source);
      }
    }
  });

  it('connects only to the app and to sync servers one may pair with: loopback, or TLS', () => {
    expect(directives.get('connect-src')).toEqual([
      "'self'",
      'ws://127.0.0.1:*',
      'http://127.0.0.1:*',
      'ws://localhost:*',
      'http://localhost:*',
      'wss:',
      'https:',
    ]);
  });

  it('falls back to the app itself and names every fetch kind the page uses', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('shuts plugins, base URLs and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});

describe('contentSecurityPolicy with a sync server', () => {
  it('connects to the app and exactly the server’s WebSocket and API origins', () => {
    expect(contentSecurityPolicy(syncOriginsOf('wss://sync.example.org:8443/hallway'))).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self' wss://sync.example.org:8443 " +
        "https://sync.example.org:8443; worker-src 'self' blob:; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'",
    );
  });

  it('names a loopback server with its plain schemes and its port', () => {
    const policy = contentSecurityPolicy(syncOriginsOf('ws://127.0.0.1:4455'));
    expect(directivesOf(policy).get('connect-src')).toEqual([
      "'self'",
      'ws://127.0.0.1:4455',
      'http://127.0.0.1:4455',
    ]);
  });

  it('is the meta tag’s policy with no server', () => {
    expect(contentSecurityPolicy(null)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('differs from the meta tag only in connect-src', () => {
    const withServer = directivesOf(contentSecurityPolicy(syncOriginsOf('wss://sync.example.org')));
    for (const [name, sources] of directives) {
      if (name !== 'connect-src') expect(withServer.get(name), name).toEqual(sources);
    }
    expect(withServer.get('connect-src')).toEqual([
      "'self'",
      'wss://sync.example.org',
      'https://sync.example.org',
    ]);
  });
});
