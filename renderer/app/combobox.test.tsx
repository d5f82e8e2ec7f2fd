// @vitest-environment happy-dom
// The shared combobox by keyboard, in the mode where nothing is active until an arrow picks it
// (quick capture): Enter on typed text is passed on, arrows wrap, Home/End jump, Escape closes
// the list first and is passed on after.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Combobox } from './combobox';

afterEach(cleanup);

const OPTIONS = [
  { id: 'a', label: 'Aiko' },
  { id: 'b', label: 'Ben' },
  { id: 'c', label: 'Chika' },
];

function Picker(props: { onChoose(id: string): void; onEnter(): void; onEscape(): void }) {
  const [value, setValue] = useState('');
  return (
    <div onKeyDown={(event) => event.key === 'Escape' && props.onEscape()}>
      <Combobox
        label="Name"
        listLabel="Suggestions"
        value={value}
        options={OPTIONS}
        onChange={setValue}
        onChoose={(option) => props.onChoose(option.id)}
        onEnter={props.onEnter}
      />
    </div>
  );
}

function setUp() {
  const handlers = { onChoose: vi.fn(), onEnter: vi.fn(), onEscape: vi.fn() };
  render(<Picker {...handlers} />);
  const input = screen.getByRole('combobox', { name: 'Name' });
  const active = () => {
    const id = input.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id)?.textContent : undefined;
  };
  return { ...handlers, input, active, user: userEvent.setup() };
}

describe('the combobox', () => {
  it('passes Enter on typed text on, with no option taken', async () => {
    const { user, onEnter, onChoose, active } = setUp();
    await user.tab();
    await user.keyboard('Zed');
    expect(active()).toBeUndefined();
    await user.keyboard('{Enter}');
    expect(onEnter).toHaveBeenCalledTimes(1);
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('moves with the arrows (wrapping) and Home/End, and Enter takes the active option', async () => {
    const { user, onChoose, input, active } = setUp();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(active()).toBe('Aiko');
    await user.keyboard('{ArrowUp}');
    expect(active()).toBe('Chika');
    await user.keyboard('{Home}');
    expect(active()).toBe('Aiko');
    await user.keyboard('{End}{ArrowDown}{ArrowDown}');
    expect(active()).toBe('Ben');
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith('b');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes the list with Escape, and passes the next Escape on', async () => {
    const { user, onEscape, input } = setUp();
    await user.tab();
    await user.keyboard('{ArrowDown}{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(onEscape).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onEscape).toHaveBeenCalledTimes(1);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });
});
