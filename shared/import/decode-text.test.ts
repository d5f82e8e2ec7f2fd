import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from './decode-text';

const readFixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff];
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(littleEndian ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
}

describe('decodeText', () => {
  it('detects the Shift_JIS roster without being told', () => {
    const result = decodeText(readFixture('volunteer-roster-shiftjis.csv'));
    expect(result).toMatchObject({ ok: true, encoding: 'shift_jis' });
    if (!result.ok) return;
    expect(result.text.split('\r\n')[0]).toBe('氏名,フリガナ,メールアドレス,役割,担当時間,メモ');
    expect(result.text).toContain('山田 花子,ヤマダ ハナコ');
    expect(result.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('strips the UTF-8 BOM of the LinkedIn export', () => {
    const result = decodeText(readFixture('linkedin-connections.csv'));
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8-bom', confidence: 1 });
    if (result.ok) expect(result.text.startsWith('Notes:\r\n')).toBe(true);
  });

  it('reads plain UTF-8 with Japanese text', () => {
    const result = decodeText(readFixture('connpass-participants.csv'));
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8' });
    if (result.ok) expect(result.text).toContain('田中 愛子');
  });

  it.each([true, false])('reads UTF-16 with a BOM (little endian: %s)', (littleEndian) => {
    const result = decodeText(utf16('名前,Email\r\n山田 花子,h@example.com\r\n', littleEndian));
    expect(result).toEqual({
      ok: true,
      text: '名前,Email\r\n山田 花子,h@example.com\r\n',
      encoding: littleEndian ? 'utf-16le' : 'utf-16be',
      confidence: 1,
    });
  });

  it('keeps characters outside the BMP in UTF-8', () => {
    const bytes = new Uint8Array([0xf0, 0x9f, 0x98, 0x80, 0x41]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: '😀A', encoding: 'utf-8' });
  });

  it('refuses a PNG renamed .csv as binary', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x01, 0x00,
    ]);
    expect(decodeText(png)).toEqual({ ok: false, error: 'binary' });
  });

  it('counts many control characters as binary even without a NUL', () => {
    const bytes = new Uint8Array(100).fill(0x41);
    bytes.fill(0x01, 0, 20);
    expect(looksBinary(bytes)).toBe(true);
    expect(looksBinary(new TextEncoder().encode('a,b\tc\r\nd,e\f\r\n'))).toBe(false);
  });

  it('reports empty input, and a lone BOM, as empty', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, error: 'empty' });
  });

  it('gives low confidence to bytes that are neither UTF-8 nor Shift_JIS', () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]);
    const result = decodeText(latin1);
    expect(result).toMatchObject({ ok: true, encoding: 'shift_jis' });
    if (result.ok) expect(result.confidence).toBeLessThan(0.5);
  });

  it('decodes with the encoding the user chose', () => {
    const roster = readFixture('volunteer-roster-shiftjis.csv');
    const asUtf8 = decodeText(roster, 'utf-8');
    expect(asUtf8).toMatchObject({ ok: true, encoding: 'utf-8', confidence: 1 });
    if (asUtf8.ok) expect(asUtf8.text).not.toContain('山田');
    const bom = decodeText(readFixture('linkedin-connections.csv'), 'utf-8');
    if (bom.ok) expect(bom.text.startsWith('Notes:')).toBe(true);
  });
});
