import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respondWithAppAsset } from './app-asset-response';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'hallway-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Hallway</title>');
  await writeFile(path.join(root, 'assets', 'index-1a.js'), 'console.log(1)');
  await writeFile(path.join(base, 'secret.txt'), 'user data');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const respond = (url: string) =>
  respondWithAppAsset(
    root,
    url,
    (filePath) => readFile(filePath),
    () => CONTENT_SECURITY_POLICY,
  );

describe('respondWithAppAsset', () => {
  it('serves the page with its type and the CSP header', async () => {
    const response = await respond('app://hallway/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    await expect(response.text()).resolves.toContain('<title>Hallway</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await respond('app://hallway/assets/index-1a.js');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    await expect(response.text()).resolves.toBe('console.log(1)');
  });

  it('answers 404 for a missing asset', async () => {
    expect((await respond('app://hallway/assets/missing.js')).status).toBe(404);
  });

  it('answers 404, without reading, for a path outside the folder', async () => {
    const response = await respond('app://hallway/%2e%2e/secret.txt');
    expect(response.status).toBe(404);
    await expect(response.text()).resolves.toBe('Not found');
  });
});
