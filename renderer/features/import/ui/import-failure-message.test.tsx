// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportFailure } from '../../../../shared/import/import-preview';
import { createI18n } from '../../../i18n/create-i18n';
import { ImportFailureMessage } from './import-failure-message';

afterEach(cleanup);

function renderFailure(failure: ImportFailure, language: 'en' | 'ja') {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <ImportFailureMessage
        failure={failure}
        fileName="people.csv"
        onChooseAnother={vi.fn()}
        onClose={vi.fn()}
      />
    </I18nextProvider>,
  );
  return screen.getByRole('alert').textContent;
}

describe('ImportFailureMessage', () => {
  it.each([
    [
      'en',
      { reason: 'cell-too-long', line: 12, column: 3 },
      'The cell in column 3 of line 12 is longer than 100,000 characters',
    ],
    [
      'ja',
      { reason: 'cell-too-long', line: 12, column: 3 },
      '12 行目の 3 列目のセルが 100,000 文字',
    ],
    [
      'en',
      { reason: 'too-many-columns', line: 1, column: 1001 },
      'Line 1 goes on to column 1,001 and beyond, but Hallway reads at most 1,000 columns.',
    ],
    ['ja', { reason: 'too-many-columns', line: 1, column: 1001 }, '1 行目が 1,001 列目以降まで'],
  ] as const)(
    'names the line and column of a file past the shape limits (%s)',
    (language, where, text) => {
      expect(renderFailure({ kind: 'failure', ...where }, language)).toContain(text);
    },
  );
});
