// @vitest-environment happy-dom
// The person picker (merge; the introduction and relationship pickers share its look-up): Enter
// picks the first person matching what is typed, never a match of the text typed before, even
// when it comes before the matches are read.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseContext } from '../../app/database-context';
import { createPerson } from '../../data/writes/people-writes';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { MergePersonPicker } from './merge-person-picker';

let db: HallwayDatabase;
let ids: Record<string, string>;

beforeEach(async () => {
  db = new HallwayDatabase(`merge-person-picker-${crypto.randomUUID()}`);
  await db.open();
  ids = {};
  for (const name of ['Ada Lovelace', 'Adam Smith', 'Grace Hopper']) {
    ids[name] = (await createPerson(db, { displayName: name })).id;
  }
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderPicker() {
  const onPick = vi.fn();
  render(
    <DatabaseContext.Provider value={db}>
      <I18nextProvider i18n={createI18n('en')}>
        <MergePersonPicker excludeId="" onPick={onPick} onCancel={() => {}} />
      </I18nextProvider>
    </DatabaseContext.Provider>,
  );
  return { onPick, user: userEvent.setup() };
}

describe('the person picker', () => {
  it('picks the first match of the typed name on Enter', async () => {
    const { onPick, user } = renderPicker();
    await user.click(screen.getByRole('combobox'));
    await user.keyboard('gr');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(ids['Grace Hopper']);
  });

  it('takes the match of the typed name when Enter comes before its matches are read', async () => {
    const { onPick, user } = renderPicker();
    await user.click(screen.getByRole('combobox'));
    await user.keyboard('ada');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    // A write keeps the people busy, so the matches for the new text are not read before Enter.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let done = false;
    void released.then(() => (done = true));
    const busy = db.transaction('rw', db.people, async () => {
      while (!done) await db.people.get('nobody');
    });

    await user.clear(screen.getByRole('combobox'));
    await user.keyboard('gr{Enter}');
    expect(onPick).not.toHaveBeenCalled();
    release();
    await busy;

    await waitFor(() => expect(onPick).toHaveBeenCalled());
    expect(onPick).toHaveBeenCalledExactlyOnceWith(ids['Grace Hopper']);
  });
});
