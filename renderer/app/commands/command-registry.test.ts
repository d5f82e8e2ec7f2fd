// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listCommands, registerCommands, useCommands, type Command } from './command-registry';

const command = (id: string, title = id): Command => ({ id, title, section: 's', run: () => {} });

describe('listCommands', () => {
  it('keeps registration order and lets a later command with the same id win', () => {
    const first = { token: Symbol('a'), commands: [command('a'), command('b', 'old')] };
    const second = { token: Symbol('b'), commands: [command('b', 'new'), command('c')] };

    expect(listCommands([first, second]).map((c) => `${c.id}:${c.title}`)).toEqual([
      'a:a',
      'b:new',
      'c:c',
    ]);
  });
});

describe('registerCommands', () => {
  it('adds commands until its unregister call removes exactly those', () => {
    const { result } = renderHook(() => useCommands().map((c) => c.id));
    let unregisterFirst = () => {};
    act(() => {
      unregisterFirst = registerCommands([command('first')]);
      registerCommands([command('second')]);
    });
    expect(result.current).toEqual(['first', 'second']);

    act(() => unregisterFirst());

    expect(result.current).toEqual(['second']);
  });
});
