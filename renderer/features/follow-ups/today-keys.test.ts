// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { todayKeyCommand } from './today-keys';

const press = (key: string, target: EventTarget | null = document.body, modifiers = {}) =>
  todayKeyCommand({ key, target, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('Today shortcuts', () => {
  it('moves with j/k and the arrows, and acts with d, s and x', () => {
    expect(['j', 'ArrowDown', 'k', 'ArrowUp', 'd', 's', 'x'].map((key) => press(key))).toEqual([
      'next',
      'next',
      'previous',
      'previous',
      'done',
      'snooze',
      'dismiss',
    ]);
    expect(press('q')).toBeUndefined();
  });

  it('stays out of the way in text fields and of shortcuts with modifiers', () => {
    const dateField = document.createElement('input');
    dateField.type = 'date';
    expect(press('d', dateField)).toBeUndefined();
    expect(press('x', document.body, { ctrlKey: true })).toBeUndefined();
    expect(press('s', document.body, { metaKey: true })).toBeUndefined();
  });
});
