// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { ErrorBoundary } from './error-boundary';

function Broken(): never {
  throw new Error('kaboom');
}

afterEach(cleanup);

describe('ErrorBoundary', () => {
  it('shows a readable, translated message with Reload and the details folded away', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );

    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { name: '問題が発生しました' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '再読み込み' })).toBeTruthy();
    const details = alert.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.textContent).toContain('kaboom');
  });

  it('renders its children when nothing goes wrong', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ErrorBoundary>
          <p>fine</p>
        </ErrorBoundary>
      </I18nextProvider>,
    );

    expect(screen.getByText('fine')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
