// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from '../../app/app-root';
import { createEvent } from '../../data/writes/events-writes';
import { logInteraction } from '../../data/writes/interactions-writes';
import { createPerson } from '../../data/writes/people-writes';
import { addRelationship } from '../../data/writes/relationships-writes';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`warm-paths-screen-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderApp(hash: string, language: 'en' | 'ja' = 'en') {
  window.location.hash = hash;
  render(
    <AppRoot
      db={db}
      platform={createWebPlatform()}
      i18n={createI18n(language)}
      onReady={vi.fn()}
    />,
  );
}

/** Aoi, met at RustFest 2025, works with Bruno at Acme; Chen at Globex is known to no one. */
async function seedCast() {
  const rustFest = await createEvent(db, { name: 'RustFest 2025', startsAt: Date.now() - 864e5 });
  const aoi = await createPerson(db, { givenName: 'Aoi', familyName: 'Sato' });
  const bruno = await createPerson(db, { givenName: 'Bruno', familyName: 'Diaz', company: 'ACME' });
  const chen = await createPerson(db, { givenName: 'Chen', familyName: 'Li', company: 'Globex' });
  await logInteraction(db, {
    personId: aoi.id,
    at: Date.now() - 864e5,
    kind: 'met',
    eventId: rustFest.id,
  });
  await addRelationship(db, { fromId: aoi.id, toId: bruno.id, kind: 'works-with' });
  return { aoi, bruno, chen };
}

describe('Who can introduce me?', () => {
  it('shows each chain with its people as links and its explanation', async () => {
    const { aoi, bruno } = await seedCast();
    renderApp('#/warm-paths?to=company:acme');

    const chains = await screen.findByRole('list', { name: 'Warm paths to acme' });
    const chain = within(chains).getByRole('article', { name: 'Through Aoi Sato' });
    expect(within(chain).getByRole('link', { name: 'Aoi Sato' }).getAttribute('href')).toBe(
      `#/people/${aoi.id}`,
    );
    expect(within(chain).getByRole('link', { name: 'Bruno Diaz' }).getAttribute('href')).toBe(
      `#/people/${bruno.id}`,
    );
    expect(
      within(chain).getByText('You met Aoi Sato at RustFest 2025; Aoi Sato works with Bruno Diaz'),
    ).toBeTruthy();
  });

  it('says so in Japanese', async () => {
    await seedCast();
    renderApp('#/warm-paths?to=company:Acme', 'ja');

    const chain = await screen.findByRole('article', { name: 'Aoi Satoさん経由' });
    expect(
      within(chain).getByText(
        'RustFest 2025でAoi Satoさんに会いました。Aoi SatoさんはBruno Diazさんと一緒に働いています。',
      ),
    ).toBeTruthy();
  });

  it('says when no one the user knows connects, and how to change that', async () => {
    await seedCast();
    renderApp('#/warm-paths?to=company:Globex');

    expect(
      await screen.findByRole('heading', { name: 'No one you know connects to Globex' }),
    ).toBeTruthy();
    expect(screen.getByText(/Add relationships on people's pages/)).toBeTruthy();
  });

  it('reports a person the user already knows, with a link to them', async () => {
    const { aoi } = await seedCast();
    renderApp(`#/warm-paths?to=person:${aoi.id}`);

    const link = await screen.findByRole('link', { name: 'Aoi Sato' });
    expect(link.getAttribute('href')).toBe(`#/people/${aoi.id}`);
    expect(link.closest('p')?.textContent).toBe(
      'You already know Aoi Sato: no introduction needed.',
    );
  });

  it('names the people the user met most lately at a company, then how many others', async () => {
    const names = ['Ann', 'Ben', 'Cai', 'Dev', 'Eli', 'Fay', 'Gus'];
    for (const [daysAgo, name] of names.entries()) {
      const person = await createPerson(db, { givenName: name, company: 'Initech' });
      await logInteraction(db, {
        personId: person.id,
        at: Date.now() - daysAgo * 864e5,
        kind: 'call',
      });
    }
    renderApp('#/warm-paths?to=company:initech');

    const link = await screen.findByRole('link', { name: 'Ann' });
    expect(link.closest('p')?.textContent).toBe(
      'You already know Ann, Ben, Cai, Dev, Eli, and 2 others: no introduction needed.',
    );
    expect(screen.queryByRole('heading', { name: /No one you know/ })).toBeNull();
  });

  it('finds a company picked by keyboard in the picker', async () => {
    await seedCast();
    const user = userEvent.setup();
    renderApp('#/warm-paths');

    const picker = await screen.findByRole('combobox', { name: 'Find a warm path to' });
    await vi.waitFor(() => expect(document.activeElement).toBe(picker));
    await user.type(picker, 'acm');
    const option = await screen.findByRole('option', { name: /ACME.*Company · 1 person/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('article', { name: 'Through Aoi Sato' })).toBeTruthy();
    expect(window.location.hash).toBe('#/warm-paths?to=company%3AACME');
  });

  it('offers a company typed in the command palette', async () => {
    await seedCast();
    const user = userEvent.setup();
    renderApp('#/people');

    await screen.findByRole('heading', { level: 1, name: 'People' });
    await user.keyboard('{Control>}k{/Control}');
    await user.type(screen.getByRole('combobox', { name: 'Type a command' }), 'acm');
    await user.click(
      await screen.findByRole('option', { name: /Find a warm path to ACME \(company\)/ }),
    );

    expect(await screen.findByRole('article', { name: 'Through Aoi Sato' })).toBeTruthy();
  });

  it('opens from a person page link with ?warm-paths=1, as the network map makes', async () => {
    const { bruno } = await seedCast();
    renderApp(`#/people/${bruno.id}?warm-paths=1`);

    expect(await screen.findByRole('article', { name: 'Through Aoi Sato' })).toBeTruthy();
    expect(window.location.hash).toBe(`#/warm-paths?to=person%3A${bruno.id}`);
  });
});
