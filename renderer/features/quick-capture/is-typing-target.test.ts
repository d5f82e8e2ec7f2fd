// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isLogMeetupShortcut } from './is-typing-target';

function pressM(target: HTMLElement, init: KeyboardEventInit = {}): boolean {
  let matched = false;
  target.addEventListener('keydown', (event) => (matched = isLogMeetupShortcut(event)), {
    once: true,
  });
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'm', bubbles: true, ...init }));
  return matched;
}

describe('the M shortcut for "Log a meetup"', () => {
  it('fires from the page and from buttons, with or without Shift', () => {
    const button = document.body.appendChild(document.createElement('button'));
    expect(pressM(document.body)).toBe(true);
    expect(pressM(button, { key: 'M', shiftKey: true })).toBe(true);
  });

  it('never fires while typing in a text field or with a modifier', () => {
    const input = document.body.appendChild(document.createElement('input'));
    const textarea = document.body.appendChild(document.createElement('textarea'));
    const checkbox = document.body.appendChild(document.createElement('input'));
    checkbox.type = 'checkbox';
    expect(pressM(input)).toBe(false);
    expect(pressM(textarea)).toBe(false);
    expect(pressM(checkbox)).toBe(true);
    expect(pressM(document.body, { ctrlKey: true })).toBe(false);
    expect(pressM(document.body, { metaKey: true })).toBe(false);
  });
});
