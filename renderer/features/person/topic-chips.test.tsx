// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DatabaseContext } from '../../app/database-context';
import { editPersonList, createPerson } from '../../data/writes/people-writes';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { TopicChips } from './topic-chips';

let db: HallwayDatabase;
beforeEach(() => {
  db = new HallwayDatabase(`topic-chips-${crypto.randomUUID()}`);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

/** The chips of a stored person's interests, as the person page wires them. */
function Interests({ personId }: { personId: string }) {
  const keys = useLiveQuery(async () => (await db.people.get(personId))?.interests, [personId]);
  return (
    <TopicChips
      label="Interests"
      keys={keys ?? []}
      onEdit={(edit) => void editPersonList(db, personId, 'interests', edit)}
    />
  );
}

it('keeps both topics when the second is added before the first save came back', async () => {
  const ada = await createPerson(db, { displayName: 'Ada' });
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <DatabaseContext.Provider value={db}>
        <Interests personId={ada.id} />
      </DatabaseContext.Provider>
    </I18nextProvider>,
  );
  const user = userEvent.setup();
  const field = screen.getByRole('combobox');
  await user.type(field, 'Embedded Rust{Enter}');
  await user.type(field, 'Analytical engines{Enter}');

  await waitFor(() =>
    expect(screen.getAllByRole('listitem').map((chip) => chip.textContent)).toEqual([
      'Embedded Rust×',
      'Analytical engines×',
    ]),
  );
  expect((await db.people.get(ada.id))?.interests).toEqual(['embedded-rust', 'analytical-engines']);
});

it('adds what was typed when Enter comes before its suggestions, not the previous suggestion', async () => {
  const ada = await createPerson(db, { displayName: 'Ada' });
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <DatabaseContext.Provider value={db}>
        <Interests personId={ada.id} />
      </DatabaseContext.Provider>
    </I18nextProvider>,
  );
  const user = userEvent.setup();
  const field = screen.getByRole('combobox');
  await user.type(field, 'js');
  await screen.findByRole('option', { name: 'JavaScript' });
  // A write keeps the topics busy, so the suggestions for the longer text are not read before
  // Enter: what is shown meanwhile is still "JavaScript", the suggestion for "js".
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let done = false;
  void released.then(() => (done = true));
  const busy = db.transaction('rw', db.topics, async () => {
    while (!done) await db.topics.get('nothing');
  });

  await user.type(field, ' engines{Enter}');
  release();
  await busy;

  await waitFor(() =>
    expect(screen.getAllByRole('listitem').map((chip) => chip.textContent)).toEqual([
      'js engines×',
    ]),
  );
});
