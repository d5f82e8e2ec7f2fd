// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../../shared/domain/entities';
import { AppRoot } from '../../app/app-root';
import { useToastStore } from '../../app/toasts/toast-store';
import { createEvent } from '../../data/writes/events-writes';
import { logInteraction } from '../../data/writes/interactions-writes';
import { proposeIntroduction } from '../../data/writes/introductions-writes';
import { createPerson } from '../../data/writes/people-writes';
import { addRelationship } from '../../data/writes/relationships-writes';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`person-relationships-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  cleanup();
  useToastStore.setState({ toasts: [] });
  await db.delete();
});

async function openPageOf(person: Person, language: 'en' | 'ja' = 'en') {
  window.location.hash = `#/people/${person.id}`;
  render(
    <AppRoot
      db={db}
      platform={createWebPlatform()}
      i18n={createI18n(language)}
      onReady={vi.fn()}
    />,
  );
  await screen.findByRole('heading', { name: person.displayName, level: 1 });
  return screen.findByRole('region', { name: language === 'en' ? 'Relationships' : 'つながり' });
}

async function cast() {
  const aoi = await createPerson(db, { displayName: 'Aoi' });
  const bruno = await createPerson(db, { displayName: 'Bruno', company: 'Ferrous' });
  return { aoi, bruno };
}

describe('the Relationships section of a person page', () => {
  it('adds one by keyboard with K, the person picker and the kind, read from either side', async () => {
    const { aoi, bruno } = await cast();
    const section = await openPageOf(aoi);
    expect(await within(section).findByText(/No relationships with Aoi yet/)).toBeTruthy();
    const user = userEvent.setup();

    await user.keyboard('k');
    const dialog = await screen.findByRole('dialog', { name: 'Add a relationship of Aoi' });
    await user.keyboard('Bru');
    await within(dialog).findByRole('option', { name: 'Bruno · Ferrous' });
    await user.keyboard('{Enter}');
    const kind = within(dialog).getByRole('combobox', { name: 'Relationship' });
    await waitFor(() => expect(document.activeElement).toBe(kind));
    await user.selectOptions(kind, 'introduced me to');
    expect(dialog.textContent).toContain('Aoi introduced me to Bruno');
    await user.type(within(dialog).getByRole('textbox', { name: 'Note (optional)' }), 'RustFest');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const item = await within(section).findByRole('listitem');
    expect(item.textContent).toContain('Aoi introduced me to Bruno');
    expect(item.textContent).toContain('RustFest');
    expect(within(item).getByRole('link', { name: 'Bruno' }).getAttribute('href')).toBe(
      `#/people/${bruno.id}`,
    );
    expect(await db.relationships.toArray()).toMatchObject([
      { fromId: aoi.id, toId: bruno.id, kind: 'introduced-me-to', note: 'RustFest' },
    ]);

    await user.click(within(item).getByRole('link', { name: 'Bruno' }));
    await screen.findByRole('heading', { name: 'Bruno', level: 1 });
    const onBruno = await screen.findByRole('region', { name: 'Relationships' });
    const row = await within(onBruno).findByRole('listitem');
    expect(row.textContent).toContain('Aoi introduced me to Bruno');
    expect(within(row).getByRole('link', { name: 'Aoi' })).toBeTruthy();
  });

  it('edits the kind and note, and removes one with Undo in its toast', async () => {
    const { aoi, bruno } = await cast();
    await addRelationship(db, { fromId: bruno.id, toId: aoi.id, kind: 'mentor-of' });
    const section = await openPageOf(aoi);
    const user = userEvent.setup();
    const item = await within(section).findByRole('listitem');
    expect(item.textContent).toContain('Mentored by Bruno');

    await user.click(
      within(item).getByRole('button', { name: 'Edit the relationship with Bruno' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit the relationship of Aoi' });
    await user.selectOptions(within(dialog).getByRole('combobox'), 'works with');
    await user.type(within(dialog).getByRole('textbox', { name: 'Note (optional)' }), 'at Ferrous');
    // Enter on the kind saves, as a select would not submit the form on its own.
    within(dialog).getByRole('combobox').focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(within(section).getByRole('listitem').textContent).toContain('Works with Bruno'),
    );

    await user.click(
      within(section).getByRole('button', { name: 'Remove the relationship with Bruno' }),
    );
    const toast = await screen.findByText('Removed the relationship with Bruno');
    await waitFor(() => expect(within(section).queryByRole('listitem')).toBeNull());
    await user.click(within(toast.closest('li, div')!).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Relationship with Bruno restored');
    const back = await within(section).findByRole('listitem');
    expect(back.textContent).toContain('Works with Bruno');
    expect(back.textContent).toContain('at Ferrous');
  });

  it('lists the ties from the data: introductions made, and people met at the same events, capped', async () => {
    const { aoi, bruno } = await cast();
    const idea = await createPerson(db, { displayName: 'Ida' });
    await proposeIntroduction(db, { personIds: [aoi.id, bruno.id], status: 'made' });
    await proposeIntroduction(db, { personIds: [aoi.id, idea.id], status: 'idea' });
    const rustFest = await createEvent(db, { name: 'RustFest', startsAt: 1_000 });
    const rustTokyo = await createEvent(db, { name: 'Rust.Tokyo', startsAt: 2_000 });
    for (const person of [aoi, bruno]) {
      for (const event of [rustFest, rustTokyo]) {
        await logInteraction(db, {
          personId: person.id,
          at: 1_000,
          kind: 'met',
          eventId: event.id,
        });
      }
    }
    for (let index = 0; index < 11; index += 1) {
      const guest = await createPerson(db, { displayName: `Guest ${index}` });
      await logInteraction(db, {
        personId: guest.id,
        at: 1_000,
        kind: 'met',
        eventId: rustFest.id,
      });
    }

    const section = await openPageOf(aoi);
    const implied = await within(section).findByRole('region', { name: 'From your data' });
    const items = within(implied).getAllByRole('listitem');
    expect(items[0]!.textContent).toBe('You introduced them to Bruno');
    expect(items).toHaveLength(11);
    expect(items[1]!.textContent).toBe('Met at 2 of the same events as Bruno, last Rust.Tokyo');
    expect(items[2]!.textContent).toMatch(/^Met at the same event as Guest \d+: RustFest$/);
    expect(implied.textContent).not.toContain('Ida');
    expect(implied.textContent).toContain('and 2 more people met at the same events');
    expect(within(implied).queryByRole('button')).toBeNull();
  });

  it('speaks Japanese', async () => {
    const { aoi, bruno } = await cast();
    await addRelationship(db, { fromId: aoi.id, toId: bruno.id, kind: 'introduced-me-to' });
    const section = await openPageOf(bruno, 'ja');
    expect(within(section).getByRole('button', { name: /知り合い…/ })).toBeTruthy();
    const item = await within(section).findByRole('listitem');
    expect(item.textContent).toContain('AoiさんがBrunoさんを紹介してくれた');
  });
});
