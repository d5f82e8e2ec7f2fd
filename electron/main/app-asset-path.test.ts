import fc from 'fast-check';
import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAssetPath } from './app-asset-path';

const root = '/opt/hallway/dist/renderer';

describe('resolveAppAssetPath', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppAssetPath(root, 'app://hallway/assets/index-abc.js')).toBe(
      `${root}/assets/index-abc.js`,
    );
    expect(resolveAppAssetPath(root, 'app://hallway/assets/logo%20dark.svg')).toBe(
      `${root}/assets/logo dark.svg`,
    );
  });

  it('serves index.html for the root', () => {
    expect(resolveAppAssetPath(root, 'app://hallway/')).toBe(`${root}/index.html`);
    expect(resolveAppAssetPath(root, 'app://hallway')).toBe(`${root}/index.html`);
    expect(resolveAppAssetPath(root, 'app://hallway/#/people/p-1')).toBe(`${root}/index.html`);
  });

  it('ignores query strings and fragments', () => {
    expect(resolveAppAssetPath(root, 'app://hallway/index.html?e2e=1#/people')).toBe(
      `${root}/index.html`,
    );
    expect(resolveAppAssetPath(root, 'app://hallway/assets/a.js?../../etc/passwd')).toBe(
      `${root}/assets/a.js`,
    );
  });

  it.each([
    ['percent-encoded dot segments', 'app://hallway/assets/%2e%2e%2f%2e%2e%2fsecret.txt'],
    ['an encoded slash before ..', 'app://hallway/assets%2f..%2f..%2fsecret.txt'],
    ['backslashes', 'app://hallway/..\\..\\secret.txt'],
    ['encoded backslashes', 'app://hallway/%5c..%5c..%5csecret.txt'],
    ['a drive letter', 'app://hallway/C:/Windows/win.ini'],
    ['a NUL byte', 'app://hallway/index.html%00.png'],
    ['malformed percent-encoding', 'app://hallway/%E0%A4%A.js'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['credentials', 'app://user@hallway/index.html'],
    ['a port', 'app://hallway:8080/index.html'],
    ['not a URL', '../../etc/passwd'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppAssetPath(root, url)).toBeNull();
  });

  it('keeps URL-normalised dot segments inside the root', () => {
    expect(resolveAppAssetPath(root, 'app://hallway/../../etc/passwd')).toBe(`${root}/etc/passwd`);
    expect(resolveAppAssetPath(root, 'app://hallway//etc/hosts.txt')).toBe(`${root}/etc/hosts.txt`);
  });

  it('stays inside a Windows root too', () => {
    const winRoot = 'C:\\Program Files\\Hallway\\dist\\renderer';
    expect(resolveAppAssetPath(winRoot, 'app://hallway/assets/a.js', nodePath.win32)).toBe(
      `${winRoot}\\assets\\a.js`,
    );
    expect(
      resolveAppAssetPath(winRoot, 'app://hallway/%5c%5cserver%5cshare%5cx.js', nodePath.win32),
    ).toBeNull();
    expect(resolveAppAssetPath(winRoot, 'app://hallway/D:%5cx.js', nodePath.win32)).toBeNull();
  });

  it('never returns a path outside the root, whatever the path', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '%2f', '%5c', '\\', ':', '%00', 'C:'),
            fc.string(),
          ),
          { maxLength: 8 },
        ),
        (parts) => {
          const result = resolveAppAssetPath(root, `app://hallway/${parts.join('/')}`);
          return result === null || result.startsWith(`${root}/`);
        },
      ),
    );
  });
});
