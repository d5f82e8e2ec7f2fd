// The person page as a user meets it: fields edited in place with Undo (toast and Ctrl+Z), topics
// added from the keyboard through alias autocomplete, fast edits that all stick (no edit waits for
// the one before it to be stored), and an interaction logged to the top of the timeline.
import { seedInteractions, seedPeople, storedPerson } from './fixtures/seed-people';
import { expect, test } from './fixtures/web-test';
import { PersonPage } from './pages/person-page';

const DAY = 86_400_000;

test.beforeEach(async ({ app }) => {
  await seedPeople(app.page, [
    {
      id: 'ada',
      displayName: 'Ada Lovelace',
      givenName: 'Ada',
      familyName: 'Lovelace',
      company: 'Analytical Engines',
      role: 'Mathematician',
    },
  ]);
});

test('edits fields in place and undoes them', async ({ app }) => {
  const person = new PersonPage(app.page);
  await person.open('ada', 'Ada Lovelace');

  await person.edit('Company', 'Babbage & Co');
  await expect(person.field('Company')).toHaveValue('Babbage & Co');
  await person.toastUndo('Saved.').click();
  await expect(person.field('Company')).toHaveValue('Analytical Engines');

  await person.edit('Given name', 'Augusta Ada');
  await expect(person.heading).toHaveText('Augusta Ada Lovelace');
  await person.edit('Role', 'Countess');
  await person.heading.click();
  await app.page.keyboard.press('Control+z');
  await expect(person.field('Role')).toHaveValue('Mathematician');
  await expect(person.heading).toHaveText('Augusta Ada Lovelace');
  await app.page.keyboard.press('Control+z');
  await expect(person.heading).toHaveText('Ada Lovelace');
  const stored = await storedPerson(app.page, 'ada');
  expect(stored).toMatchObject({
    givenName: 'Ada',
    role: 'Mathematician',
    company: 'Analytical Engines',
  });
});

test('adds topics from the keyboard, an alias suggesting its topic', async ({ app }) => {
  const person = new PersonPage(app.page);
  await person.open('ada', 'Ada Lovelace');

  await person.topicInput('Interests').fill('js');
  await expect(person.suggestion('JavaScript')).toBeVisible();
  await person.topicInput('Interests').press('Enter');
  await person.topicInput('Interests').fill('Analytical engines');
  await person.topicInput('Interests').press('Enter');
  await expect(person.topicChips('Interests')).toHaveText(['JavaScript×', 'Analytical engines×']);
  // Right away: the removal of a topic whose save is still on its way must not be lost.
  await person.topicInput('Interests').press('Backspace');
  await expect(person.topicChips('Interests')).toHaveText(['JavaScript×']);
  await person.topicInput('Can offer').fill('ts');
  await person.topicInput('Can offer').press('Enter');
  await expect(person.topicChips('Can offer')).toHaveText(['TypeScript×']);
  await expect
    .poll(async () => {
      const stored = await storedPerson(app.page, 'ada');
      return [stored?.interests, stored?.offers];
    })
    .toEqual([['javascript'], ['typescript']]);
});

test('a phone typed and another removed at once, and two fields edited quickly, all stick', async ({
  app,
}) => {
  await seedPeople(app.page, [
    { id: 'grace', displayName: 'Grace Hopper', phones: ['090-1111'], company: 'Navy' },
  ]);
  const person = new PersonPage(app.page);
  await person.open('grace', 'Grace Hopper');

  await person.field('Add a phone').fill('090-2222');
  await person.field('Add a phone').press('Enter');
  await app.page.getByRole('button', { name: 'Remove 090-1111' }).click();
  await person.edit('Company', 'Remington Rand');
  await person.edit('Role', 'Rear admiral');

  await expect(person.field('Phones 1')).toHaveValue('090-2222');
  await expect(person.field('Company')).toHaveValue('Remington Rand');
  await expect(person.field('Role')).toHaveValue('Rear admiral');
  await expect
    .poll(async () => {
      const stored = await storedPerson(app.page, 'grace');
      return [stored?.phones, stored?.company, stored?.role];
    })
    .toEqual([['090-2222'], 'Remington Rand', 'Rear admiral']);
});

test('logs an interaction that appears at the top of the timeline', async ({ app }) => {
  await seedInteractions(app.page, [
    { id: 'old', personId: 'ada', at: Date.now() - 40 * DAY, kind: 'met', note: 'Met at a salon' },
  ]);
  const person = new PersonPage(app.page);
  await person.open('ada', 'Ada Lovelace');
  await expect(person.timelineEntries()).toHaveCount(1);

  await person.logInteraction('Call', 'Talked about the engine');

  await expect(person.timelineEntries()).toHaveCount(2);
  await expect(person.timelineEntries().first()).toContainText('Call');
  await expect(person.timelineEntries().first()).toContainText('Talked about the engine');
  await expect(person.timelineEntries().last()).toContainText('Met at a salon');
  await expect(app.page.getByText('today', { exact: true })).toBeVisible();
  await expect(app.page.getByText('1 time', { exact: true })).toBeVisible();
});
