// Exporting one event's attendees from its page (issue 13): the people met there, as CSV and as
// vCard, downloaded in the browser build and read back; nobody who was not there.
import type { HallwayEvent } from '../shared/domain/entities';
import { seedInteractions, seedPeople } from './fixtures/seed-people';
import { expect, test } from './fixtures/web-test';
import { EventPage } from './pages/event-page';

const AT = Date.UTC(2026, 2, 14, 10);

const EVENT: HallwayEvent = {
  id: 'rust-tokyo',
  name: 'Rust.Tokyo 2026',
  series: '',
  kind: 'conference',
  startsAt: AT,
  endsAt: null,
  location: 'Tokyo',
  url: '',
  myRole: 'attendee',
  notes: '',
  createdAt: AT,
  updatedAt: AT,
  deletedAt: 0,
};

test.beforeEach(async ({ app }) => {
  await seedPeople(app.page, [
    {
      id: 'p-hanako',
      displayName: '山田 花子',
      familyName: '山田',
      givenName: '花子',
      nameReading: 'やまだ はなこ',
      emails: ['hanako@example.jp'],
    },
    {
      id: 'p-ada',
      displayName: 'Ada Lovelace',
      givenName: 'Ada',
      familyName: 'Lovelace',
      company: 'Analytical',
    },
    { id: 'p-ben', displayName: 'Ben Carter', givenName: 'Ben', familyName: 'Carter' },
  ]);
  await app.page.evaluate((event) => window.__hallway!.insertRows('events', [event]), EVENT);
  await seedInteractions(app.page, [
    { id: 'm-hanako', personId: 'p-hanako', at: AT, kind: 'met', eventId: EVENT.id },
    { id: 'm-ada', personId: 'p-ada', at: AT, kind: 'met', eventId: EVENT.id },
    { id: 'c-ben', personId: 'p-ben', at: AT, kind: 'call' },
  ]);
  await app.page.evaluate((id) => {
    window.location.hash = `#/events/${id}`;
  }, EVENT.id);
  await expect(new EventPage(app.page).heading).toHaveText(EVENT.name);
});

test('exports the people met at an event as CSV', async ({ page }) => {
  const event = new EventPage(page);
  await expect(event.peopleMet).toHaveCount(2);

  const { name, text } = await event.exportAttendees('CSV');

  expect(name).toBe('Rust.Tokyo 2026 attendees.csv');
  const lines = text.replace(/^\ufeff/, '').split('\r\n');
  expect(lines[0]).toMatch(/^ID,Display name,/);
  expect(lines.filter((line) => line.startsWith('p-'))).toEqual([
    expect.stringMatching(/^p-ada,Ada Lovelace,Ada,Lovelace,.*Analytical/),
    expect.stringMatching(/^p-hanako,山田 花子,花子,山田,やまだ はなこ,/),
  ]);
  expect(text).not.toContain('Ben Carter');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'Exported 2 people',
  );
});

test('exports the people met at an event as vCard, by keyboard', async ({ page }) => {
  const event = new EventPage(page);
  await expect(event.peopleMet).toHaveCount(2);
  const { name, text } = await event.exportAttendees('vCard', { byKeyboard: true });

  expect(name).toBe('Rust.Tokyo 2026 attendees.vcf');
  expect(text.match(/BEGIN:VCARD/g)).toHaveLength(2);
  expect(text).toContain('FN:Ada Lovelace');
  expect(text).toContain('FN:山田 花子');
  expect(text).toContain('EMAIL');
  expect(text).not.toContain('Ben Carter');
});
