import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';
import { UI_LANGUAGES } from './languages';
import { NAMESPACES } from './resources';

const localesDir = join(import.meta.dirname, 'locales');

type Tree = { [key: string]: string | Tree };

function readNamespace(language: string, file: string): Tree {
  return JSON.parse(readFileSync(join(localesDir, language, file), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

describe('translation resources', () => {
  const files = readdirSync(join(localesDir, 'en')).sort();

  it('has the same namespace files in every language, all registered', () => {
    for (const language of UI_LANGUAGES) {
      expect(readdirSync(join(localesDir, language)).sort()).toEqual(files);
    }
    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual([...NAMESPACES].sort());
  });

  it.each(files)('%s has exactly the same keys in English and Japanese', (file) => {
    const en = [...flatten(readNamespace('en', file)).keys()].sort();
    const ja = [...flatten(readNamespace('ja', file)).keys()].sort();
    expect(ja).toEqual(en);
  });

  it.each(files)('%s has no empty value in any language', (file) => {
    for (const language of UI_LANGUAGES) {
      const empty = [...flatten(readNamespace(language, file))]
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => `${language}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it.each(files)('%s uses the same placeholders in both languages', (file) => {
    const placeholders = (text: string) =>
      [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const ja = flatten(readNamespace('ja', file));
    for (const [key, text] of flatten(readNamespace('en', file))) {
      expect(placeholders(ja.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});

describe('createI18n', () => {
  it('translates synchronously in the requested language', () => {
    expect(createI18n('ja').t('nav.settings')).toBe('設定');
    expect(createI18n('en').t('nav.settings')).toBe('Settings');
  });

  it('pluralises English and formats interpolated values', () => {
    const i18n = createI18n('en');
    expect(i18n.t('people:summary', { count: 1, formattedCount: '1' })).toBe('1 person');
    expect(i18n.t('people:summary', { count: 2, formattedCount: '2' })).toBe('2 people');
  });
});
