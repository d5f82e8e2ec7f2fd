import { describe, expect, it } from 'vitest';
import { draftIntroductionMessage, type DraftPerson } from './draft-introduction-message';

const ana: DraftPerson = {
  name: 'Ana Souza',
  role: 'Staff engineer',
  company: 'Acme',
  offers: ['Rails mentoring'],
  asks: ['Design reviews'],
  interests: ['Elixir', 'Climbing'],
  lastMetAt: 'Tokyo Rubyists #12',
};
const ben: DraftPerson = {
  name: 'Ben Ito',
  role: '',
  company: 'Studio B',
  offers: ['design reviews'],
  asks: ['Rails mentoring'],
  interests: ['Elixir'],
  lastMetAt: null,
};

describe('draftIntroductionMessage in English', () => {
  const draft = draftIntroductionMessage({ language: 'en', a: ana, b: ben, reason: '' });

  it('greets both and says what each does and where the user met them', () => {
    expect(draft.startsWith('Hi Ana Souza and Ben Ito,')).toBe(true);
    expect(draft).toContain('Ana Souza (Staff engineer at Acme). We met at Tokyo Rubyists #12.');
    expect(draft).toContain('Ben Ito (Studio B).');
    expect(draft).not.toContain('Ben Ito (Studio B). We met');
  });

  it('says what one offers and the other looks for, both ways, and the shared interests', () => {
    expect(draft).toContain('Ben Ito is looking for Rails mentoring, which Ana Souza offers.');
    expect(draft).toContain('Ana Souza is looking for design reviews, which Ben Ito offers.');
    expect(draft).toContain('You are both into Elixir.');
    expect(draft).not.toContain('Climbing');
  });

  it('puts the noted reason before the matches', () => {
    const withReason = draftIntroductionMessage({
      language: 'en',
      a: ana,
      b: ben,
      reason: 'Ben is hiring his first Rails developer.',
    });
    expect(withReason.indexOf('hiring')).toBeLessThan(withReason.indexOf('is looking for'));
  });
});

describe('draftIntroductionMessage in Japanese', () => {
  const yamada: DraftPerson = {
    ...ana,
    name: '山田 花子',
    role: 'エンジニア',
    company: '株式会社アクメ',
    lastMetAt: 'RubyKaigi',
  };
  const sato: DraftPerson = { ...ben, name: '佐藤 健', company: '', role: '' };
  const draft = draftIntroductionMessage({ language: 'ja', a: yamada, b: sato, reason: '' });

  it('addresses both with さん and opens and closes in a polite business register', () => {
    expect(draft.startsWith('山田 花子さん、佐藤 健さん\n\nお世話になっております。')).toBe(true);
    expect(draft.endsWith('どうぞよろしくお願いいたします。')).toBe(true);
  });

  it('says what each does and where the user met them', () => {
    expect(draft).toContain(
      '山田 花子さんは株式会社アクメでエンジニアをされています（RubyKaigiでお会いしました）。',
    );
    expect(draft).toContain('\n佐藤 健さん。');
  });

  it('says who looks for what the other offers, and the shared interests', () => {
    expect(draft).toContain(
      '佐藤 健さんはRails mentoringについて相談できる方を探していらっしゃり、山田 花子さんはその分野でお力になれるのではないかと存じます。',
    );
    expect(draft).toContain('お二人ともElixirにご関心をお持ちです。');
  });
});
