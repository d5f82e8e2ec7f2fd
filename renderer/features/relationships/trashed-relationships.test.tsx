// @vitest-environment happy-dom
// Relationships removed from a person page (and not undone) wait in the Trash, read from their
// first person's side, to be restored or deleted for good.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from '../../app/app-root';
import { useToastStore } from '../../app/toasts/toast-store';
import { createPerson } from '../../data/writes/people-writes';
import { addRelationship, trashRelationship } from '../../data/writes/relationships-writes';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`trashed-relationships-${crypto.randomUUID()}`);
  await db.open();
  window.location.hash = '#/people/trash';
});

afterEach(async () => {
  cleanup();
  useToastStore.setState({ toasts: [] });
  await db.delete();
});

async function removedRelationship() {
  const aoi = await createPerson(db, { displayName: 'Aoi' });
  const bruno = await createPerson(db, { displayName: 'Bruno' });
  const relationship = await addRelationship(db, {
    fromId: aoi.id,
    toId: bruno.id,
    kind: 'mentor-of',
  });
  await trashRelationship(db, relationship.id);
  return relationship;
}

describe('relationships in the Trash', () => {
  it('lists one and restores it', async () => {
    const relationship = await removedRelationship();
    const user = userEvent.setup();
    render(
      <AppRoot db={db} platform={createWebPlatform()} i18n={createI18n('en')} onReady={vi.fn()} />,
    );

    const list = await screen.findByRole('list', { name: 'Relationships in the trash' });
    expect(within(list).getByRole('listitem').textContent).toContain('Mentor of Bruno');
    await user.click(within(list).getByRole('button', { name: 'Restore Aoi and Bruno' }));

    expect(await screen.findByText('Restored Aoi and Bruno')).toBeTruthy();
    expect((await db.relationships.get(relationship.id))?.deletedAt).toBe(0);
  });

  it('deletes one for good after asking, in Japanese too', async () => {
    const relationship = await removedRelationship();
    const user = userEvent.setup();
    render(
      <AppRoot db={db} platform={createWebPlatform()} i18n={createI18n('ja')} onReady={vi.fn()} />,
    );

    const list = await screen.findByRole('list', { name: 'ゴミ箱のつながり' });
    expect(within(list).getByRole('listitem').textContent).toContain('Brunoさんのメンター');
    await user.click(within(list).getByRole('button', { name: 'AoiさんとBrunoさん を完全に削除' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: '完全に削除' }));

    await vi.waitFor(async () =>
      expect(await db.relationships.get(relationship.id)).toBeUndefined(),
    );
  });
});
