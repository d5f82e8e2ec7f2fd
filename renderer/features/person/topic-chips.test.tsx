// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DatabaseContext } from '../../app/database-context';
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

it('keeps both topics when the second is added before the first save came back', async () => {
  const saves: string[][] = [];
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <DatabaseContext.Provider value={db}>
        {/* The stored list never changes here: the saves are still on their way. */}
        <TopicChips label="Interests" keys={[]} onSave={(keys) => saves.push(keys)} />
      </DatabaseContext.Provider>
    </I18nextProvider>,
  );
  const user = userEvent.setup();
  const field = screen.getByRole('combobox');
  await user.type(field, 'Embedded Rust{Enter}');
  await user.type(field, 'Analytical engines{Enter}');

  expect(saves).toEqual([['Embedded Rust'], ['Embedded Rust', 'Analytical engines']]);
  expect(screen.getAllByRole('listitem').map((chip) => chip.textContent)).toHaveLength(2);
});
