// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { ToastRegion } from './toast-region';
import { DEFAULT_TOAST_MS, showToast, useToastStore } from './toast-store';

function renderRegion() {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <ToastRegion />
    </I18nextProvider>,
  );
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  useToastStore.setState({ toasts: [] });
  vi.useRealTimers();
});

describe('toasts', () => {
  it('announces messages in a polite status region and dismisses them after a while', () => {
    renderRegion();

    act(() => {
      showToast({ message: 'Saved.' });
    });

    expect(screen.getByRole('status', { name: 'Notifications' }).textContent).toContain('Saved.');
    act(() => vi.advanceTimersByTime(DEFAULT_TOAST_MS - 1));
    expect(screen.queryByText('Saved.')).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('runs its action once and goes away', () => {
    const undo = vi.fn();
    renderRegion();
    act(() => {
      showToast({ message: 'Person deleted.', action: { label: 'Undo', run: undo } });
    });

    act(() => screen.getByRole('button', { name: 'Undo' }).click());

    expect(undo).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Person deleted.')).toBeNull();
  });

  it('stays while the pointer is on it', () => {
    renderRegion();
    act(() => {
      showToast({ message: 'Hover me.', durationMs: 1_000 });
    });
    const toast = screen.getByText('Hover me.').parentElement as HTMLElement;

    act(() => toast.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    act(() => vi.advanceTimersByTime(5_000));
    expect(screen.queryByText('Hover me.')).not.toBeNull();

    act(() => toast.dispatchEvent(new MouseEvent('mouseout', { bubbles: true })));
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.queryByText('Hover me.')).toBeNull();
  });

  it('can be dismissed by hand', () => {
    renderRegion();
    act(() => {
      showToast({ message: 'Bye.' });
    });

    act(() => screen.getByRole('button', { name: 'Dismiss' }).click());

    expect(screen.queryByText('Bye.')).toBeNull();
  });

  it('shows one toast per burst of edits: a toast with the same key replaces the shown one', () => {
    const undoFirst = vi.fn();
    const undoSecond = vi.fn();
    renderRegion();
    act(() => {
      showToast({ message: 'Deleted Ada.', action: { label: 'Undo', run: vi.fn() } });
      showToast({
        message: 'Saved.',
        action: { label: 'Undo', run: undoFirst },
        replaceKey: 'edit:ada',
      });
    });
    act(() => vi.advanceTimersByTime(DEFAULT_TOAST_MS - 1_000));
    act(() => {
      showToast({
        message: 'Saved.',
        action: { label: 'Undo', run: undoSecond },
        replaceKey: 'edit:ada',
      });
    });

    expect(screen.getAllByText('Saved.')).toHaveLength(1);
    expect(screen.getAllByText('Deleted Ada.')).toHaveLength(1);
    act(() => vi.advanceTimersByTime(DEFAULT_TOAST_MS - 1));
    expect(screen.queryByText('Deleted Ada.')).toBeNull();
    expect(screen.queryByText('Saved.')).not.toBeNull();
    act(() => screen.getByRole('button', { name: 'Undo' }).click());
    expect(undoSecond).toHaveBeenCalledTimes(1);
    expect(undoFirst).not.toHaveBeenCalled();
  });
});
