// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DatabaseContext } from '../../app/database-context';
import { useToastStore } from '../../app/toasts/toast-store';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createPerson } from '../../data/writes/people-writes';
import { usePersonEditor } from './use-person-editor';

let db: HallwayDatabase;
beforeEach(() => {
  db = new HallwayDatabase(`person-editor-${crypto.randomUUID()}`);
});
afterEach(async () => {
  cleanup();
  useToastStore.setState({ toasts: [] });
  await db.delete();
});

const i18n = createI18n('en');
const wrapper = ({ children }: { children: ReactNode }) => (
  <I18nextProvider i18n={i18n}>
    <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>
  </I18nextProvider>
);

it('saves a topic removed right after it was added, before the screen saw the addition', async () => {
  const ada = await createPerson(db, { displayName: 'Ada', interests: ['javascript'] });
  // The person on screen stays as read before both edits: the first save is still on its way.
  const { result } = renderHook(() => usePersonEditor(ada), { wrapper });
  const added = result.current.editList('interests', { add: 'Analytical engines' });
  const removed = result.current.editList('interests', { remove: 'Analytical engines' });
  await Promise.all([added, removed]);
  expect((await db.people.get(ada.id))?.interests).toEqual(['javascript']);
});

it('keeps a phone typed and another removed at once, and undoes only the removal', async () => {
  const ada = await createPerson(db, { displayName: 'Ada', phones: ['090-1', '090-2'] });
  const { result } = renderHook(() => usePersonEditor(ada), { wrapper });
  await Promise.all([
    result.current.editList('phones', { add: '090-3' }),
    result.current.editList('phones', { remove: '090-1' }),
  ]);
  expect((await db.people.get(ada.id))?.phones).toEqual(['090-2', '090-3']);

  // One "Saved · Undo" for the burst: the latest edit's, the removal.
  const toasts = useToastStore.getState().toasts;
  expect(toasts).toHaveLength(1);
  toasts[0]?.action?.run();
  await waitFor(() =>
    expect(useToastStore.getState().toasts.at(-1)?.message).toBe('Change undone.'),
  );
  expect((await db.people.get(ada.id))?.phones).toEqual(['090-1', '090-2', '090-3']);
});

it('does not write an edit that changes nothing stored', async () => {
  const ada = await createPerson(db, { displayName: 'Ada', interests: ['javascript'] });
  const { result } = renderHook(() => usePersonEditor(ada), { wrapper });
  await result.current.save({ interests: ['javascript'] });
  expect((await db.people.get(ada.id))?.updatedAt).toBe(ada.updatedAt);
});

it('saves an edit back to what the screen shows after an earlier save landed unseen', async () => {
  const ada = await createPerson(db, { displayName: 'Ada', company: 'Analytical Engines' });
  // The screen still shows the person as read before the first save, which has landed.
  const { result } = renderHook(() => usePersonEditor(ada), { wrapper });
  await result.current.save({ company: 'Babbage & Co' });
  expect((await db.people.get(ada.id))?.company).toBe('Babbage & Co');
  await result.current.save({ company: 'Analytical Engines' });
  expect((await db.people.get(ada.id))?.company).toBe('Analytical Engines');
});
