import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/contract';
import { buildApplicationMenuTemplate, type ApplicationMenuOptions } from './application-menu';
import { menuLabelsFor } from './menu-labels';

function build(overrides: Partial<ApplicationMenuOptions> = {}) {
  const sendCommand = vi.fn<(command: MenuCommand) => void>();
  const template = buildApplicationMenuTemplate({
    platform: 'linux',
    isPackaged: true,
    labels: menuLabelsFor(['en-US']),
    sendCommand,
    ...overrides,
  });
  return { template, sendCommand };
}

const submenuOf = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];

const find = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((item) => item.label === label);

const allRoles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...allRoles(Array.isArray(item.submenu) ? item.submenu : []),
  ]);

describe('application menu', () => {
  it('has File, Edit, View and Help', () => {
    const { template } = build();
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it.each([
    ['Import…', 'import'],
    ['Export…', 'export'],
    ['Back up…', 'backup'],
    ['Settings…', 'open-settings'],
  ] as const)('File › %s sends %s to the renderer', (label, command) => {
    const { template, sendCommand } = build();
    const item = find(submenuOf(find(template, 'File')), label);
    const click = item?.click as () => void;
    click();
    expect(sendCommand).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('ends File with Quit', () => {
    const { template } = build();
    expect(submenuOf(find(template, 'File')).at(-1)).toEqual({ role: 'quit' });
  });

  it('offers reload and developer tools only when not packaged', () => {
    expect(allRoles(build({ isPackaged: true }).template)).not.toContain('toggleDevTools');
    expect(allRoles(build({ isPackaged: true }).template)).not.toContain('reload');
    expect(allRoles(build({ isPackaged: false }).template)).toEqual(
      expect.arrayContaining(['toggleDevTools', 'reload']),
    );
  });

  it('leaves Ctrl/Cmd+K to the renderer', () => {
    const accelerators = JSON.stringify(build({ isPackaged: false }).template);
    expect(accelerators).not.toMatch(/CmdOrCtrl\+K"/);
  });

  it('puts About and Settings in the app menu on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]?.role).toBe('appMenu');
    expect(allRoles(submenuOf(template[0]))).toContain('about');
    expect(submenuOf(find(template, 'File')).map((item) => item.label)).toEqual([
      'Import…',
      'Export…',
      'Back up…',
    ]);
  });

  it('speaks Japanese when the system prefers it', () => {
    const { template } = build({ labels: menuLabelsFor(['ja-JP', 'en-US']) });
    expect(template.map((item) => item.label)).toEqual(['ファイル', '編集', '表示', 'ヘルプ']);
    expect(menuLabelsFor(['fr-FR', 'ja']).file).toBe('ファイル');
    expect(menuLabelsFor(['fr-FR']).file).toBe('File');
  });
});
