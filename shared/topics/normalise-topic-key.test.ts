import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TOPICS } from './built-in-topics';
import {
  builtInTopicAliases,
  canonicaliseTopicText,
  normaliseTopicKey,
  resolveTopicKey,
} from './normalise-topic-key';

/** Characters where the separator, hashtag, case-folding and NFKC rules interact. */
const trickyCharacters = fc.constantFrom(
  ...['#', '-', '_', ' ', '\u3000', 'a', 'J', 's', 'ß', 'ẞ', 'ς', 'İ', 'ｱ', 'ﾞ', '¨', 'ﬁ', '.'],
);

describe('normaliseTopicKey', () => {
  it('makes one key of JS, javascript, full-width and hashtag spellings', () => {
    const spellings = ['JS', 'javascript', 'ＪａｖａＳｃｒｉｐｔ', ' #JavaScript ', 'ECMAScript'];
    expect(new Set(spellings.map(normaliseTopicKey))).toEqual(new Set(['javascript']));
  });

  it('resolves the built-in aliases people commonly type', () => {
    expect(normaliseTopicKey('TS')).toBe('typescript');
    expect(normaliseTopicKey('golang')).toBe('go');
    expect(normaliseTopicKey('K8s')).toBe('kubernetes');
    expect(normaliseTopicKey('ML')).toBe('machine-learning');
    expect(normaliseTopicKey('Postgres')).toBe('postgresql');
    expect(normaliseTopicKey('React.js')).toBe('react');
    expect(normaliseTopicKey('NodeJS')).toBe('node.js');
    expect(normaliseTopicKey('node')).toBe('node.js');
    expect(normaliseTopicKey('rustlang')).toBe('rust');
  });

  it('joins words with single hyphens, whatever separated them', () => {
    expect(normaliseTopicKey('Machine   Learning')).toBe('machine-learning');
    expect(normaliseTopicKey('machine_learning')).toBe('machine-learning');
    expect(normaliseTopicKey('  Public\u3000speaking ')).toBe('public-speaking');
    expect(normaliseTopicKey('domain -- driven _ design')).toBe('domain-driven-design');
  });

  it('folds case fully, including ß', () => {
    expect(normaliseTopicKey('Straße')).toBe('strasse');
    expect(normaliseTopicKey('STRASSE')).toBe('strasse');
  });

  it('strips a leading hashtag but keeps # inside a name', () => {
    expect(normaliseTopicKey('#rust')).toBe('rust');
    expect(normaliseTopicKey('C#')).toBe('c#');
    expect(normaliseTopicKey('csharp')).toBe('c#');
    expect(normaliseTopicKey('C++')).toBe('c++');
  });

  it('leaves Japanese topics intact, widening half-width katakana', () => {
    expect(normaliseTopicKey('機械学習')).toBe('機械学習');
    expect(normaliseTopicKey('ｱｸｾｼﾋﾞﾘﾃｨ')).toBe('アクセシビリティ');
    expect(normaliseTopicKey('アクセシビリティ')).toBe('アクセシビリティ');
    expect(normaliseTopicKey('技術 同人誌')).toBe('技術-同人誌');
  });

  it('keeps something for input made only of marks', () => {
    expect(normaliseTopicKey('#')).toBe('#');
    expect(normaliseTopicKey(' _ ')).toBe('_');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (raw) => {
        const key = normaliseTopicKey(raw);
        expect(normaliseTopicKey(key)).toBe(key);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const key = normaliseTopicKey(raw);
        expect(normaliseTopicKey(key)).toBe(key);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: trickyCharacters }), (raw) => {
        const key = normaliseTopicKey(raw);
        expect(normaliseTopicKey(key)).toBe(key);
      }),
    );
  });

  it('never gives an empty key for non-blank input', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.string({ unit: 'binary' }), fc.string({ unit: trickyCharacters }))
          .filter((raw) => raw.trim() !== ''),
        (raw) => {
          expect(normaliseTopicKey(raw)).not.toBe('');
        },
      ),
    );
  });
});

describe('built-in topics', () => {
  it('have canonical keys that are not themselves aliases', () => {
    const aliases = builtInTopicAliases();
    for (const topic of BUILT_IN_TOPICS) {
      expect(canonicaliseTopicText(topic.key)).toBe(topic.key);
      expect(aliases.has(topic.key)).toBe(false);
    }
  });

  it('never give one alias two meanings', () => {
    const owners = new Map<string, string>();
    for (const topic of BUILT_IN_TOPICS) {
      for (const alias of topic.aliases) {
        const key = canonicaliseTopicText(alias);
        expect(owners.get(key) ?? topic.key).toBe(topic.key);
        owners.set(key, topic.key);
      }
    }
  });
});

describe('resolveTopicKey', () => {
  it('applies the user aliases from the topics table', () => {
    const aliases = new Map([['rubykaigi', 'ruby']]);
    expect(resolveTopicKey('RubyKaigi', aliases)).toBe('ruby');
  });

  it('lets a user alias override a built-in one', () => {
    const aliases = new Map([['ml', 'markup-languages']]);
    expect(resolveTopicKey('ML', aliases)).toBe('markup-languages');
  });

  it('falls back to the built-in aliases and the canonical text', () => {
    const none = new Map<string, string>();
    expect(resolveTopicKey('JS', none)).toBe('javascript');
    expect(resolveTopicKey('Zig', none)).toBe('zig');
  });
});
