// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, expect, it, vi } from 'vitest';
import type { Platform } from '../../../shared/platform/platform';
import { PlatformContext } from '../../app/platform-context';
import { createI18n } from '../../i18n/create-i18n';
import { EditableList } from './editable-list';

afterEach(cleanup);

function renderEmails(values: string[]) {
  const openExternal = vi.fn(async () => undefined);
  const platform = { openExternal } as unknown as Platform;
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <PlatformContext.Provider value={platform}>
        <EditableList
          label="E-mails"
          addLabel="Add an e-mail"
          values={values}
          onEdit={() => undefined}
          type="email"
          opens="mailto"
        />
      </PlatformContext.Provider>
    </I18nextProvider>,
  );
  return openExternal;
}

it('writes to the bare, encoded address, never to the fields a stored address smuggles in', () => {
  const openExternal = renderEmails(['ada@example.org?bcc=eve@example.org&body=hi']);
  fireEvent.click(screen.getByRole('button', { name: /^Write to/ }));
  expect(openExternal).toHaveBeenCalledWith(
    'mailto:ada%40example.org%3Fbcc%3Deve@example.org%26body%3Dhi',
  );
});

it('offers no write button for an entry that is not one address', () => {
  renderEmails(['not an address', 'ada@example.org']);
  expect(screen.getAllByRole('button', { name: /^Write to/ })).toHaveLength(1);
});
