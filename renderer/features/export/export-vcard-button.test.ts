import { describe, expect, it } from 'vitest';
import { vCardFileName } from './export-vcard-button';

describe('vCardFileName', () => {
  it.each([
    ['山田 花子', '山田 花子.vcf'],
    ['AC/DC: "live"', 'AC DC live.vcf'],
    ['  \t ', 'contact.vcf'],
    ['a\\b*c?d<e>f|g', 'a b c d e f g.vcf'],
  ])('names the file of %j %j', (name, file) => {
    expect(vCardFileName(name)).toBe(file);
  });
});
