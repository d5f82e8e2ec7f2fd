// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { captureFromDraft } from './capture-draft';
import { CapturedRowItem } from './captured-row-item';
import {
  addEntryToRows,
  startNewDraft,
  updateEntry,
  useQuickCaptureStore,
} from './quick-capture-store';

function ListedRow() {
  const row = useQuickCaptureStore((state) => state.draft.rows[0]);
  return (
    <ul>
      <CapturedRowItem row={row} onEdit={() => undefined} onRemove={() => undefined} />
    </ul>
  );
}

function listAndRender(name: string, language: 'en' | 'ja' = 'en') {
  updateEntry({ name });
  addEntryToRows();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <ListedRow />
    </I18nextProvider>,
  );
}

beforeEach(startNewDraft);
afterEach(cleanup);

describe('a new person in the capture preview', () => {
  it('shows a Japanese name split family first', () => {
    listAndRender('田中 花子', 'ja');
    const [first, second] = screen.getAllByRole('textbox');
    expect(first).toHaveProperty('value', '田中');
    expect(first.getAttribute('aria-label')).toBe('田中 花子の姓');
    expect(second).toHaveProperty('value', '花子');
  });

  it('shows a Latin name given first, and saves the parts as corrected', async () => {
    listAndRender('Mary Ann Smith');
    const given = screen.getByRole('textbox', { name: 'Given name of Mary Ann Smith' });
    const family = screen.getByRole('textbox', { name: 'Family name of Mary Ann Smith' });
    expect(given).toHaveProperty('value', '');
    await userEvent.type(given, 'Mary Ann');
    await userEvent.type(family, 'Smith');
    expect(captureFromDraft(useQuickCaptureStore.getState().draft).people).toEqual([
      { name: 'Mary Ann Smith', givenName: 'Mary Ann', familyName: 'Smith', note: '' },
    ]);
  });
});
