// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { CommandPalette } from './command-palette';
import { registerCommands, type Command } from './command-registry';
import { closePalette, openPalette } from './palette-store';

function renderPalette(language: 'en' | 'ja' = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <button type="button">Trigger</button>
      <CommandPalette />
    </I18nextProvider>,
  );
}

const ran: string[] = [];
const command = (id: string, title: string, keywords?: string[]): Command => ({
  id,
  title,
  keywords,
  section: 'Test',
  run: () => {
    ran.push(id);
  },
});

let unregister = () => {};
beforeEach(() => {
  ran.length = 0;
  unregister = registerCommands([
    command('people', 'Go to People', ['人物へ移動']),
    command('settings', 'Go to Settings', ['設定へ移動']),
    command('sample', 'Load sample data'),
  ]);
});
afterEach(() => {
  cleanup();
  act(() => {
    closePalette();
    unregister();
  });
});

const titles = () =>
  screen.queryAllByRole('option').map((option) => option.firstChild?.textContent);

describe('CommandPalette', () => {
  it('opens as a named dialog with the input focused and every command listed', () => {
    renderPalette();
    expect(screen.queryByRole('dialog')).toBeNull();

    act(() => openPalette());

    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Type a command' }));
    expect(titles()).toEqual(['Go to People', 'Go to Settings', 'Load sample data']);
  });

  it('filters as the user types, in English or Japanese', async () => {
    const user = userEvent.setup();
    renderPalette();
    act(() => openPalette());
    const input = screen.getByRole('combobox');

    await user.type(input, 'sett');
    expect(titles()).toEqual(['Go to Settings']);

    await user.clear(input);
    await user.type(input, '人物');
    expect(titles()).toEqual(['Go to People']);

    await user.clear(input);
    await user.type(input, 'xyz');
    expect(titles()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('No command matches “xyz”.');
  });

  it('moves the selection with the arrow keys, wrapping around, and runs it with Enter', async () => {
    const user = userEvent.setup();
    renderPalette();
    act(() => openPalette());
    const input = screen.getByRole('combobox');
    const selected = () => screen.getByRole('option', { selected: true }).firstChild?.textContent;

    expect(selected()).toBe('Go to People');
    expect(input.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { selected: true }).id,
    );
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()).toBe('Load sample data');
    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe('Go to People');
    await user.keyboard('{ArrowUp}');
    expect(selected()).toBe('Load sample data');

    await user.keyboard('{Enter}');

    expect(ran).toEqual(['sample']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('runs the best match for what was typed when Enter is pressed', async () => {
    const user = userEvent.setup();
    renderPalette();
    act(() => openPalette());

    await user.type(screen.getByRole('combobox'), 'settings{Enter}');

    expect(ran).toEqual(['settings']);
  });

  it('runs a command when it is clicked', async () => {
    const user = userEvent.setup();
    renderPalette();
    act(() => openPalette());

    await user.click(screen.getByText('Go to People'));

    expect(ran).toEqual(['people']);
  });

  it('closes on Escape without running anything and gives focus back', async () => {
    const user = userEvent.setup();
    renderPalette();
    const trigger = screen.getByRole('button', { name: 'Trigger' });
    trigger.focus();
    act(() => openPalette());
    expect(document.activeElement).not.toBe(trigger);

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(ran).toEqual([]);
  });

  it('speaks Japanese when the UI does', () => {
    renderPalette('ja');
    act(() => openPalette());

    expect(screen.getByRole('dialog', { name: 'コマンドパレット' })).toBeTruthy();
  });

  it('keeps keyboard focus in the input on Tab', async () => {
    const user = userEvent.setup();
    renderPalette();
    act(() => openPalette());
    const input = screen.getByRole('combobox');

    await user.tab();

    expect(document.activeElement).toBe(input);
  });
});
