// Log a meetup by keyboard only: three new people and one already known (met at an earlier
// event), then find them all again. The person page is built separately; until it has a route,
// the known person's two meetings are checked in the database through the test hook.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/web-test';
import { EventPage } from './pages/event-page';
import { QuickCapturePage } from './pages/quick-capture-page';
// For its declaration of window.__hallway.
import type {} from '../renderer/app/test-hook';

const DAY = 24 * 60 * 60 * 1000;

/** Dana Sato, met a month ago at Rust Tokyo #11: seeded through the hook, not the UI. */
async function seedKnownPerson(page: Page): Promise<{ personId: string; eventId: string }> {
  return page.evaluate(
    async (monthAgo) => {
      if (!window.__hallway) throw new Error('window.__hallway is missing');
      const result = await window.__hallway.saveQuickCapture({
        event: { newEvent: { name: 'Rust Tokyo #11', series: 'Rust Tokyo', startsAt: monthAgo } },
        people: [{ name: 'Dana Sato', note: 'works on Go at Mercari #go' }],
      });
      return { personId: result.createdPersonIds[0], eventId: result.eventId };
    },
    Date.now() - 30 * DAY,
  );
}

function meetingsOf(page: Page, personId: string) {
  return page.evaluate(async (id) => {
    if (!window.__hallway) throw new Error('window.__hallway is missing');
    const { db } = window.__hallway;
    const met = await db.interactions
      .where('[personId+at]')
      .between([id, 0], [id, Infinity])
      .toArray();
    const events = await db.events.bulkGet(met.map((interaction) => interaction.eventId ?? ''));
    return met.map((interaction, index) => ({
      kind: interaction.kind,
      event: events[index]?.name,
      note: interaction.note,
    }));
  }, personId);
}

test('logging a meetup with three new people and one known person, by keyboard only', async ({
  app,
}) => {
  // Typing a whole meetup key by key takes a while on a busy 2-core machine.
  test.slow();
  const { page } = app;
  const known = await seedKnownPerson(page);
  const capture = new QuickCapturePage(page);

  await capture.openWithShortcut();
  await capture.nameNewEvent('Rust Tokyo #12');
  await capture.addNewPerson('Aiko Tanaka', 'Rails at Cookpad #ruby ?rust-job');
  const aiko = capture.addedPeople.filter({ hasText: 'Aiko Tanaka' });
  await expect(capture.topicChips(aiko)).toHaveText([/ruby/, /rust-job/]);
  await capture.addNewPerson('Ben Ito', 'organises the Wasm study group +mentoring');
  const metBefore = await capture.addExistingPerson('Dana', 'Dana Sato', 'moved to the Rust team');
  await expect(metBefore).toContainText('Rust Tokyo #11');
  await capture.addNewPerson('Chie Mori', 'first meetup #rust');
  await capture.saveWithKeyboard();

  const saved = page.getByRole('status').getByText('Saved “Rust Tokyo #12” with 4 people.');
  await expect(saved).toBeVisible();
  await page.getByRole('button', { name: 'Open event' }).click();
  const eventPage = new EventPage(page);
  await expect(eventPage.heading).toHaveText('Rust Tokyo #12');
  await expect(eventPage.peopleMet).toHaveCount(4);
  for (const name of ['Aiko Tanaka', 'Ben Ito', 'Chie Mori', 'Dana Sato']) {
    await expect(eventPage.personLink(name)).toBeVisible();
  }
  await expect(eventPage.peopleMet.filter({ hasText: 'Aiko Tanaka' })).toContainText(
    'Rails at Cookpad',
  );

  expect(await meetingsOf(page, known.personId)).toEqual([
    { kind: 'met', event: 'Rust Tokyo #11', note: 'works on Go at Mercari' },
    { kind: 'met', event: 'Rust Tokyo #12', note: 'moved to the Rust team' },
  ]);

  const search = page.getByRole('combobox', { name: 'Search' });
  for (const name of ['Aiko Tanaka', 'Ben Ito', 'Chie Mori']) {
    await search.fill(name);
    await expect(page.getByRole('option', { name: new RegExp(name) })).toBeVisible();
  }
});

test('an unsaved meetup log survives a reload and is offered again', async ({ app, page }) => {
  test.slow();
  const capture = new QuickCapturePage(page);
  await capture.openWithShortcut();
  await capture.nameNewEvent('Elixir Fukuoka #3');
  await capture.addNewPerson('Eri Kato', 'Phoenix LiveView #elixir');
  await page.keyboard.type('Fumi Ono');

  await app.reload();
  await expect(capture.resumePrompt).toBeVisible();
  await expect(page.getByText('“Elixir Fukuoka #3”, 2 people so far.')).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(capture.eventName).toHaveValue('Elixir Fukuoka #3');
  await expect(capture.addedPeople).toHaveCount(1);
  await expect(capture.addedPeople.first()).toContainText('Eri Kato');
  await expect(capture.personName).toHaveValue('Fumi Ono');
});
