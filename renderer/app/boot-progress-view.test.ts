// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { showBootProgress } from './boot-progress-view';

const message = 'Updating your data…';
const hint = 'Please keep this window open.';
let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  root.append(document.createElement('noscript'));
});

const bar = () => root.querySelector('[role="progressbar"]');

describe('showBootProgress', () => {
  it('shows an indeterminate bar until the rows are counted', () => {
    showBootProgress(root, { message, hint });

    expect(root.querySelector('noscript')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(message);
    expect(bar()?.getAttribute('aria-labelledby')).toBe(root.querySelector('[role="status"]')?.id);
    expect(bar()?.hasAttribute('aria-valuenow')).toBe(false);
    expect(root.querySelector('progress')?.hasAttribute('value')).toBe(false);
    expect(root.textContent).toContain(hint);
  });

  it('shows rows done of rows in all on the bar and in words, updating the same elements', () => {
    showBootProgress(root, { message, hint });
    const first = bar();
    showBootProgress(root, {
      message,
      hint,
      rows: { done: 1_200, total: 5_000, text: '1,200 of 5,000 (24%)' },
    });

    expect(bar()).toBe(first);
    expect(bar()?.getAttribute('aria-valuemin')).toBe('0');
    expect(bar()?.getAttribute('aria-valuenow')).toBe('1200');
    expect(bar()?.getAttribute('aria-valuemax')).toBe('5000');
    expect(bar()?.getAttribute('aria-valuetext')).toBe('1,200 of 5,000 (24%)');
    const drawn = root.querySelector('progress');
    expect([drawn?.value, drawn?.max, drawn?.getAttribute('aria-hidden')]).toEqual([
      1_200,
      5_000,
      'true',
    ]);
    expect(root.textContent).toContain('1,200 of 5,000 (24%)');
  });
});
