// Introductions: with a hand-made cast where one reciprocal offer/ask pair is clearly best, the top
// suggestion is that pair with its explanation; introducing them and walking the double opt-in to
// "made"; a dismissed suggestion stays gone after a reload; the drafted message is copied; a pair
// introduced already is opened rather than saved twice.
import type { Page } from '@playwright/test';
import type { Topic } from '../shared/domain/entities';
import { introductionFixture } from '../shared/domain/introduction-fixture';
import { seedPeople } from './fixtures/seed-people';
import { expect, test } from './fixtures/web-test';
import { IntroductionsPage } from './pages/introductions-page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const TOPICS: Record<string, string> = {
  'rails mentoring': 'Rails mentoring',
  'design review': 'design reviews',
  elixir: 'Elixir',
  go: 'Go',
};

const EXPLANATION =
  'Ben Ito can offer design reviews, which Ana Souza is looking for; Ana Souza can offer Rails ' +
  'mentoring, which Ben Ito is looking for; both are into Elixir';

async function seedCast(page: Page): Promise<void> {
  const topics: Topic[] = Object.entries(TOPICS).map(([key, label]) => ({
    key,
    label,
    aliases: [],
    createdAt: 1,
    updatedAt: 1,
  }));
  await page.evaluate((rows) => window.__hallway!.insertRows('topics', rows), topics);
  await seedPeople(page, [
    {
      id: 'ana',
      displayName: 'Ana Souza',
      role: 'Staff engineer',
      company: 'Acme',
      offers: ['rails mentoring'],
      asks: ['design review'],
      interests: ['elixir'],
    },
    {
      id: 'ben',
      displayName: 'Ben Ito',
      company: 'Studio B',
      offers: ['design review'],
      asks: ['rails mentoring'],
      interests: ['elixir'],
    },
    { id: 'cleo', displayName: 'Cleo Park', interests: ['elixir', 'go'] },
    { id: 'dan', displayName: 'Dan Mori', interests: ['go'], asks: ['rails mentoring'] },
    { id: 'eve', displayName: 'Eve Sato', interests: ['go'] },
  ]);
}

test.beforeEach(async ({ app }) => {
  await seedCast(app.page);
  await app.goTo('Introductions');
});

test('the top suggestion is the reciprocal pair, introduced and moved to made', async ({ app }) => {
  const screen = new IntroductionsPage(app.page);
  const top = screen.suggestions.first();
  await expect(top).toContainText('Ana Souza and Ben Ito');
  await expect(top).toContainText(EXPLANATION);
  await expect(
    top.getByRole('button', { name: 'Not a good match: Ana Souza and Ben Ito', exact: true }),
  ).toBeVisible();

  await top.getByRole('button', { name: 'Introduce' }).click();
  await expect(screen.makeDialog.getByLabel('Reason')).toHaveValue(EXPLANATION);
  await screen.makeDialog.getByRole('button', { name: 'Save as idea' }).click();
  await expect(screen.makeDialog).toBeHidden();
  await expect(screen.suggestion('Ana Souza and Ben Ito')).toHaveCount(0);

  const card = screen.group('Ideas').getByRole('article', { name: 'Ana Souza and Ben Ito' });
  await card.getByRole('button', { name: 'Asked both' }).click();
  await screen.group('Asked').getByRole('button', { name: 'Mark as made' }).click();
  await expect(screen.group('Made').getByRole('article')).toContainText('Ana Souza');

  const stored = await app.page.evaluate(() =>
    window.__hallway!.db.introductions.where('[aId+bId]').equals(['ana', 'ben']).first(),
  );
  expect(stored?.status).toBe('made');
  expect(stored?.madeAt).toBeGreaterThan(0);
  expect(Object.keys(stored?.statusDates ?? {}).sort()).toEqual(['asked', 'idea', 'made']);
});

test('a dismissed suggestion does not come back, also after a reload', async ({ app }) => {
  const screen = new IntroductionsPage(app.page);
  await expect(screen.suggestions.first()).toContainText('Ana Souza and Ben Ito');
  await screen.suggestions.first().getByRole('button', { name: 'Not a good match' }).click();
  await expect(screen.suggestion('Ana Souza and Ben Ito')).toHaveCount(0);
  await expect(screen.suggestions.first()).toContainText('Ana Souza and Dan Mori');

  await app.reload();
  await expect(screen.suggestions.first()).toContainText('Ana Souza and Dan Mori');
  await expect(screen.suggestion('Ana Souza and Ben Ito')).toHaveCount(0);
});

test('the drafted message is copied with Ctrl+Enter', async ({ app }) => {
  const screen = new IntroductionsPage(app.page);
  await screen.suggestions.first().getByRole('button', { name: 'Introduce' }).click();
  await screen.makeDialog.getByRole('button', { name: 'Save as idea' }).click();
  await screen.card('Ana Souza and Ben Ito').getByRole('button', { name: 'Draft message' }).click();

  const message = screen.messageDialog.getByLabel('Message');
  await expect(message).toHaveValue(/^Hi Ana Souza and Ben Ito,/);
  await message.press('Control+End');
  await message.pressSequentially(' See you soon!');
  await message.press('Control+Enter');
  await expect(app.page.getByText('Message copied')).toBeVisible();

  const copied = await app.page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Ana Souza (Staff engineer at Acme).');
  expect(copied).toContain('Ben Ito is looking for Rails mentoring, which Ana Souza offers.');
  expect(copied.endsWith('See you soon!')).toBe(true);
});

test('a suggestion saved in English reads in Japanese once the app is in Japanese', async ({
  app,
  settings,
}) => {
  const screen = new IntroductionsPage(app.page);
  await screen.suggestions.first().getByRole('button', { name: 'Introduce' }).click();
  await screen.makeDialog.getByRole('button', { name: 'Save as idea' }).click();
  await expect(screen.card('Ana Souza and Ben Ito')).toContainText(EXPLANATION);

  await app.goTo('Settings');
  await settings.chooseLanguage('日本語');
  await app.navLink('紹介').click();
  const card = screen.card('Ana SouzaさんとBen Itoさん');
  await expect(card).toContainText('お二人ともElixirに関心があります。');
  await expect(card).not.toContainText('both are into');

  await card.getByRole('button', { name: '紹介文の下書き' }).click();
  const message = app.page.getByRole('dialog').getByRole('textbox');
  await expect(message).toHaveValue(/お世話になっております/);
  await expect(message).not.toHaveValue(/can offer|looking for|both/);
});

test('the person page suggests introductions for that person and makes one', async ({ app }) => {
  await app.page.goto('/?e2e=1#/people/dan');
  await app.waitUntilReady();
  const section = app.page.getByRole('region', { name: 'Suggested for Dan Mori' });
  const top = section.getByRole('listitem').first();
  await expect(top).toContainText('Dan Mori and Ana Souza');
  await expect(top).toContainText(
    'Ana Souza can offer Rails mentoring, which Dan Mori is looking for',
  );

  await top.getByRole('button', { name: 'Introduce' }).click();
  const dialog = new IntroductionsPage(app.page).makeDialog;
  await dialog.getByRole('button', { name: 'Save as idea' }).click();
  await expect(
    app.page
      .getByRole('region', { name: 'Introductions', exact: true })
      .getByRole('article', { name: 'Ana Souza and Dan Mori' }),
  ).toContainText('Idea');
  await expect(section.getByText('Dan Mori and Ana Souza')).toHaveCount(0);
});

test('the message dialog takes the focus, keeps it, copies with C and gives it back', async ({
  app,
}) => {
  const screen = new IntroductionsPage(app.page);
  await screen.suggestions.first().getByRole('button', { name: 'Introduce' }).click();
  await screen.makeDialog.getByRole('button', { name: 'Save as idea' }).click();
  const opener = app.page.getByRole('button', {
    name: 'Draft message: Ana Souza and Ben Ito',
    exact: true,
  });
  await opener.focus();
  await app.page.keyboard.press('Enter');

  const message = screen.messageDialog.getByLabel('Message');
  await expect(message).toHaveValue(/^Hi Ana Souza and Ben Ito,/);
  await expect(message).toBeFocused();
  for (let press = 0; press < 3; press += 1) await app.page.keyboard.press('Tab');
  await expect(message).toBeFocused();
  await app.page.keyboard.press('Shift+Tab');
  await expect(screen.messageDialog.getByRole('button', { name: 'Copy' })).toBeFocused();
  await app.page.keyboard.press('c');
  await expect(app.page.getByText('Message copied')).toBeVisible();

  await app.page.keyboard.press('Escape');
  await expect(screen.messageDialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('saving a pair that already has an introduction says so and opens it', async ({ app }) => {
  const screen = new IntroductionsPage(app.page);
  await screen
    .suggestion('Ana Souza and Ben Ito')
    .getByRole('button', { name: 'Introduce' })
    .click();
  await app.page.evaluate(
    (row) => window.__hallway!.insertRows('introductions', [row]),
    introductionFixture({ id: 'made-elsewhere', aId: 'ana', bId: 'ben', reason: 'Met at Elixir' }),
  );
  await screen.makeDialog.getByRole('button', { name: 'Save as idea' }).click();

  await expect(screen.makeDialog).toBeHidden();
  await expect(
    app.page.getByText('Ana Souza and Ben Ito already have an introduction (Made): here it is.'),
  ).toBeVisible();
  await expect(screen.card('Ana Souza and Ben Ito')).toBeFocused();
  await expect(screen.card('Ana Souza and Ben Ito')).toContainText('Met at Elixir');
  const stored = await app.page.evaluate(() => window.__hallway!.db.introductions.toArray());
  expect(stored.map(({ status, reason }) => ({ status, reason }))).toEqual([
    { status: 'made', reason: 'Met at Elixir' },
  ]);
});
