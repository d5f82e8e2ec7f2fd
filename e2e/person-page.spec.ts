// The person page as a user meets it: fields edited in place with Undo (toast and Ctrl+Z), topics
// added from the keyboard through alias autocomplete, and an interaction logged to the top of the
// timeline.
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
  await expect
    .poll(async () => (await storedPerson(app.page, 'ada'))?.company)
    .toBe('Babbage & Co');
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
  // Saved before the next edit: a removal right behind the save that creates a new topic can
  // still be overwritten by it under load (open, see the note on issue 4).
  await expect
    .poll(async () => (await storedPerson(app.page, 'ada'))?.interests)
    .toEqual(['javascript', 'analytical-engines']);

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
