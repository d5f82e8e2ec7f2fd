// Search across scripts: a person stored in kanji with a kana reading is found by the reading
// in hiragana or katakana, by the kanji and by the romaji in their e-mail; Enter opens them. A
// person is found by a phrase describing where they were met and what was talked about.
import { seedInteractions, seedPeople } from './fixtures/seed-people';
import { expect, test } from './fixtures/web-test';

test.beforeEach(async ({ app }) => {
  await seedPeople(app.page, [
    {
      id: 'hanako',
      displayName: '山田 花子',
      givenName: '花子',
      familyName: '山田',
      nameReading: 'やまだ はなこ',
      nameOrder: 'family-given',
      company: 'Example Labs',
      emails: ['hanako.yamada@example.com'],
    },
    { id: 'taro', displayName: '佐藤 太郎', nameReading: 'さとう たろう', company: 'Sample KK' },
  ]);
});

test('kana, kanji and romaji all find 山田 花子, and Enter opens her page', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Search' });
  const hanako = page.getByRole('option', { name: /山田 花子/ });

  for (const query of ['やまだ', 'ヤマダ', '山田', 'yamada']) {
    await search.fill(query);
    await expect(hanako).toBeVisible();
    await expect(page.getByRole('option', { name: /佐藤 太郎/ })).toHaveCount(0);
  }

  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '山田 花子' })).toBeVisible();
});

test('/ focuses the search box from anywhere outside a text field', async ({ page }) => {
  await page.locator('body').press('/');
  await expect(page.getByRole('combobox', { name: 'Search' })).toBeFocused();
});

test('a phrase about a meeting finds the person met there', async ({ page }) => {
  await seedPeople(page, [
    { id: 'kenji', displayName: 'Kenji Mori', notes: 'Plans to switch to Rust' },
  ]);
  await page.evaluate((event) => window.__hallway!.insertRows('events', [event]), {
    id: 'rustfest',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: 0,
    name: 'RustFest',
    series: '',
    kind: 'conference' as const,
    startsAt: 1,
    endsAt: null,
    location: 'Shibuya',
    url: '',
    myRole: '',
    notes: '',
  });
  await seedInteractions(page, [
    { id: 'met', personId: 'kenji', at: 2, kind: 'met', eventId: 'rustfest', note: 'WASM tooling' },
  ]);
  const search = page.getByRole('combobox', { name: 'Search' });
  const kenji = page.getByRole('option', { name: /Kenji Mori/ });

  for (const query of ['switch to Rust', 'the person I talked to about WASM at RustFest']) {
    await search.fill(query);
    await expect(kenji).toBeVisible();
  }
});
