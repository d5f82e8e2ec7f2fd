// Today, with the page's clock under the test's control (installed before the app loads) and the
// browser in Tokyo: a meeting logged tonight shows up tomorrow, a snooze hides it for a week and
// it comes back after, a dismissal is for good; an introduction made 14 days ago asks for a
// check-in, and Done logs a message with both people (with Undo); a long section is read a page at
// a time. Data is seeded through the hook.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/web-test';
import { AppPage } from './pages/app-page';
import { TodayPage } from './pages/today-page';
// For its declaration of window.__hallway.
import type {} from '../renderer/app/test-hook';

const DAY = 24 * 60 * 60 * 1000;
/** 2026-03-10 20:00 in Tokyo. */
const TONIGHT = Date.parse('2026-03-10T20:00:00+09:00');

test.use({ timezoneId: 'Asia/Tokyo' });

async function openAt(page: Page, time: number): Promise<TodayPage> {
  await page.clock.setFixedTime(time);
  await new AppPage(page).reload();
  const today = new TodayPage(page);
  await today.open();
  return today;
}

function hook(page: Page) {
  return {
    logMeetup: (startsAt: number, people: { name: string; note: string }[]) =>
      page.evaluate(
        ({ startsAt, people }) => {
          if (!window.__hallway) throw new Error('window.__hallway is missing');
          return window.__hallway.saveQuickCapture({
            event: { newEvent: { name: 'Rust Tokyo #12', series: 'Rust Tokyo', startsAt } },
            people,
          });
        },
        { startsAt, people },
      ),
    messagesWith: (personIds: string[]) =>
      page.evaluate(async (ids) => {
        if (!window.__hallway) throw new Error('window.__hallway is missing');
        const { db } = window.__hallway;
        const interactions = await db.interactions.where('personId').anyOf(ids).toArray();
        return interactions.filter((item) => item.kind === 'message' && item.deletedAt === 0)
          .length;
      }, personIds),
  };
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: TONIGHT });
  await new AppPage(page).open();
});

test('a meeting is followed up from the next day; snoozed for a week it is gone until then; dismissed it never returns', async ({
  page,
}) => {
  await hook(page).logMeetup(TONIGHT - 60 * 60 * 1000, [
    { name: 'Aiko Tanaka', note: 'Looking for a Rust job' },
  ]);

  const tonight = await openAt(page, TONIGHT);
  await expect(tonight.allCaughtUp()).toBeVisible();

  const tomorrow = await openAt(page, TONIGHT + DAY);
  const followUp = tomorrow.section('Coming up').getByRole('listitem', { name: 'Aiko Tanaka' });
  await expect(followUp).toContainText('Met at Rust Tokyo #12; follow up within 3 days.');
  await expect(followUp).toContainText('Last noted: Looking for a Rust job');

  const dueDay = await openAt(page, TONIGHT + 3 * DAY);
  await expect(dueDay.navLink()).toHaveAccessibleName('Today (1 follow-up due)');
  await dueDay.snoozeForAWeek(
    dueDay.section('Due today').getByRole('listitem', { name: 'Aiko Tanaka' }),
  );
  await expect(dueDay.allCaughtUp()).toBeVisible();
  await expect(dueDay.navLink()).toHaveAccessibleName('Today');

  const snoozed = await openAt(page, TONIGHT + 9 * DAY);
  await expect(snoozed.allCaughtUp()).toBeVisible();

  const back = await openAt(page, TONIGHT + 10 * DAY);
  const returned = back.section('Due today').getByRole('listitem', { name: 'Aiko Tanaka' });
  await expect(returned).toBeVisible();
  await returned.focus();
  await page.keyboard.press('x');
  await expect(back.allCaughtUp()).toBeVisible();
  await expect(page.getByRole('status').getByText('Dismissed.')).toBeVisible();

  const later = await openAt(page, TONIGHT + 25 * DAY);
  await expect(later.allCaughtUp()).toBeVisible();
});

test('a long section shows its first 30 items under its full count, and Show more brings the next ones', async ({
  page,
}) => {
  const people = Array.from({ length: 45 }, (_, index) => ({
    name: `Guest ${String(index + 1).padStart(2, '0')}`,
    note: '',
  }));
  await hook(page).logMeetup(TONIGHT - 60 * 60 * 1000, people);

  const later = await openAt(page, TONIGHT + 4 * DAY);
  const overdue = later.section('Overdue');
  await expect(later.navLink()).toHaveAccessibleName('Today (45 follow-ups due)');
  await expect(overdue.getByRole('heading', { level: 2 })).toHaveText('Overdue 45');
  await expect(overdue.getByRole('listitem')).toHaveCount(30);
  await overdue.getByRole('button', { name: 'Show 15 more: Overdue', exact: true }).click();
  await expect(overdue.getByRole('listitem')).toHaveCount(45);
  await expect(overdue.getByRole('button', { name: /^Show/ })).toHaveCount(0);
});

test('an introduction made 14 days ago asks for a check-in; Done logs a message with both, and Undo takes it back', async ({
  page,
}) => {
  const madeAt = TONIGHT - 14 * DAY;
  const { createdPersonIds } = await hook(page).logMeetup(madeAt - 30 * DAY, [
    { name: 'Ken Mori', note: 'Hiring Rust engineers' },
    { name: 'Sara Ito', note: 'Wants to move to Rust' },
  ]);
  await page.evaluate(
    async ({ personIds, madeAt }) => {
      if (!window.__hallway) throw new Error('window.__hallway is missing');
      const [aId, bId] = [...personIds].sort();
      await window.__hallway.insertRows('introductions', [
        {
          id: 'intro-ken-sara',
          aId,
          bId,
          reason: 'Ken is hiring for Rust; Sara wants a Rust job.',
          status: 'made',
          statusDates: { idea: madeAt - 2 * 86_400_000, made: madeAt },
          madeAt,
          outcome: '',
          createdAt: madeAt,
          updatedAt: madeAt,
          deletedAt: 0,
        },
      ]);
    },
    { personIds: createdPersonIds, madeAt },
  );

  const thirteenDays = await openAt(page, TONIGHT - DAY);
  await expect(thirteenDays.page.getByText('ask how it went')).toHaveCount(0);

  const today = await openAt(page, TONIGHT);
  const checkIn = today.section('Due today').getByRole('listitem', { name: /Ken Mori/ });
  await expect(checkIn).toContainText(
    /You introduced (Ken Mori and Sara Ito|Sara Ito and Ken Mori): ask how it went\./,
  );
  await checkIn.getByRole('button', { name: 'Done' }).click();
  await expect(checkIn).toHaveCount(0);
  expect(await hook(page).messagesWith(createdPersonIds)).toBe(2);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    today.section('Due today').getByRole('listitem', { name: /Ken Mori/ }),
  ).toBeVisible();
  await expect.poll(() => hook(page).messagesWith(createdPersonIds)).toBe(0);
});

test('the keys work as soon as Today shows, and after Undo the focus is back on the list', async ({
  page,
}) => {
  await hook(page).logMeetup(TONIGHT - 2 * DAY, [
    { name: 'Ada Abe', note: '' },
    { name: 'Ben Baba', note: '' },
    { name: 'Cai Chen', note: '' },
  ]);
  const today = await openAt(page, TONIGHT);
  const items = today.items();
  await expect(items).toHaveCount(3);
  for (const name of ['Ada Abe', 'Ben Baba', 'Cai Chen']) {
    for (const action of ['Done', 'Snooze', 'Dismiss']) {
      await expect(
        page.getByRole('button', { name: `${action}: ${name}`, exact: true }),
      ).toHaveCount(1);
    }
  }
  const [, second, third] = await Promise.all(
    [0, 1, 2].map((n) => items.nth(n).getAttribute('aria-labelledby')),
  );

  await page.keyboard.press('j');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('d');
  await expect(items).toHaveCount(2);
  await expect(page.locator(`[aria-labelledby="${third}"]`)).toBeFocused();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(3);
  await expect(page.locator(`[aria-labelledby="${third}"]`)).toBeFocused();
  await page.keyboard.press('k');
  await expect(page.locator(`[aria-labelledby="${second}"]`)).toBeFocused();
});
