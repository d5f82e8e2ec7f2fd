import { describe, expect, it } from 'vitest';
import { contentTypeForAsset } from './asset-content-type';

describe('contentTypeForAsset', () => {
  it('gives module scripts a JavaScript type, so the renderer can load them', () => {
    expect(contentTypeForAsset('/r/assets/index-1a2b.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeForAsset('/r/assets/search.worker-9f.JS')).toBe(
      'text/javascript; charset=utf-8',
    );
  });

  it('types pages, styles and fonts', () => {
    expect(contentTypeForAsset('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeForAsset('/r/assets/app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeForAsset('/r/assets/inter.woff2')).toBe('font/woff2');
  });

  it('falls back to bytes for unknown files', () => {
    expect(contentTypeForAsset('/r/assets/data.bin')).toBe('application/octet-stream');
    expect(contentTypeForAsset('/r/LICENSE')).toBe('application/octet-stream');
  });
});
