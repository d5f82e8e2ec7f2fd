// Pins the packaging configuration's hardening: the Electron fuses flipped in the packaged binary
// (each a real fuse of electron-builder's schema, so a misspelt one cannot be silently dropped),
// the asar archive they rely on, and only the built app packed (no sources, no node_modules).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPackaged, readElectronBuilderConfig } from './packaged-layout.mjs';

const root = path.join(import.meta.dirname, '..', '..');

describe('build/electron-builder.yml', () => {
  it('flips every hardening fuse', async () => {
    const config = await readElectronBuilderConfig(root);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('names only fuses electron-builder knows', async () => {
    const config = await readElectronBuilderConfig(root);
    const schema = JSON.parse(
      await readFile(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    );
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    expect(known).toEqual(expect.arrayContaining(Object.keys(config.electronFuses ?? {})));
  });

  it('packs the built app and nothing else', async () => {
    const { files } = await readElectronBuilderConfig(root);
    for (const packed of [
      'package.json',
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
      'dist/renderer/assets/index-1a2b.js',
    ]) {
      expect(isPackaged(packed, files), packed).toBe(true);
    }
    for (const left of [
      'dist/electron/main.cjs.map',
      'dist/renderer/assets/index-1a2b.js.map',
      'electron/main/main.ts',
      'node_modules/electron/index.js',
      'renderer/index.html',
      'build/electron-builder.yml',
    ]) {
      expect(isPackaged(left, files), left).toBe(false);
    }
  });
});
