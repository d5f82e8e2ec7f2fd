import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_COLUMNS_END,
  EXPORT_COLUMNS_START,
  exportColumnsMarkdown,
} from './export-columns-markdown';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Prettier pads the README's table cells to align them; compare without the padding. */
const unpadded = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|') ? line.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---') : line,
    )
    .join('\n');

describe('README "Export columns"', () => {
  it('lists exactly the columns of columns.ts (regenerate it from exportColumnsMarkdown)', () => {
    const start = readme.indexOf(EXPORT_COLUMNS_START);
    const end = readme.indexOf(EXPORT_COLUMNS_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    expect(unpadded(readme.slice(start, end + EXPORT_COLUMNS_END.length))).toBe(
      exportColumnsMarkdown(),
    );
  });
});
