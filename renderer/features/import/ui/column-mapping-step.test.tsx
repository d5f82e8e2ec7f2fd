// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportNeedsMapping } from '../../../../shared/import/import-preview';
import { createI18n } from '../../../i18n/create-i18n';
import { ColumnMappingStep } from './column-mapping-step';

afterEach(cleanup);

const table: ImportNeedsMapping = {
  kind: 'needs-mapping',
  encoding: 'utf-8',
  confidence: 1,
  headers: ['氏名', 'Favourite language', 'Badge'],
  sampleRows: [
    { line: 2, values: { 氏名: '山田 花子', 'Favourite language': 'Ruby', Badge: 'A12' } },
    { line: 3, values: { 氏名: 'Ben Okafor', 'Favourite language': 'Rust', Badge: '' } },
  ],
  mapping: { 氏名: 'displayName', 'Favourite language': 'ignore', Badge: 'ignore' },
};

const onClose = vi.fn();

function renderMapping(initialMapping?: ImportNeedsMapping['mapping']) {
  const onPreview = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <ColumnMappingStep
        table={table}
        {...(initialMapping ? { initialMapping } : {})}
        onPreview={onPreview}
        onBack={vi.fn()}
        onClose={onClose}
      />
    </I18nextProvider>,
  );
  return onPreview;
}

const target = (column: string) =>
  screen.getByRole('combobox', { name: `What column “${column}” becomes` });

describe('the column mapping step', () => {
  it('shows each column with examples and its suggested target, and previews what the user chose', async () => {
    const user = userEvent.setup();
    const onPreview = renderMapping();
    expect(screen.getByRole('row', { name: /Favourite language Ruby · Rust/ })).toBeTruthy();
    expect(target('氏名')).toHaveProperty('value', 'displayName');

    await user.selectOptions(target('Favourite language'), 'interests');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(onPreview).toHaveBeenCalledWith({
      氏名: 'displayName',
      'Favourite language': 'interests',
      Badge: 'ignore',
    });
  });

  it('has a visible Cancel that closes the import', async () => {
    const user = userEvent.setup();
    renderMapping();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('needs a column that gives a name or an e-mail before it previews', async () => {
    const user = userEvent.setup();
    renderMapping();
    await user.selectOptions(target('氏名'), 'notes');
    expect(screen.getByRole('status').textContent).toMatch(/at least one column to a name/);
    expect(screen.getByRole('button', { name: 'Preview' }).hasAttribute('disabled')).toBe(true);
  });

  it('starts from the user’s earlier choice when they come back from the preview', () => {
    renderMapping({ 氏名: 'displayName', 'Favourite language': 'notes', Badge: 'ignore' });
    expect(target('Favourite language')).toHaveProperty('value', 'notes');
  });
});
