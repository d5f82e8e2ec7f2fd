import { describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from '../testing/fake-electron';
import { rendererFailureLabelsFor } from './renderer-failure-labels';
import { recoverFromRendererFailures } from './renderer-failure-recovery';

const labels = rendererFailureLabelsFor(['en-US']);

function setUp() {
  const fake = createFakeElectron({ userDataDir: '/tmp/unused' });
  const window = new fake.electron.BrowserWindow({ webPreferences: {} });
  const quit = vi.fn();
  const log = vi.fn();
  recoverFromRendererFailures(window, {
    showMessageBox: (parent, options) => fake.electron.dialog.showMessageBox(parent, options),
    quit,
    labels,
    log,
  });
  const crash = (reason = 'crashed') =>
    window.webContents.emit('render-process-gone', {}, { reason, exitCode: 139 });
  return { fake, window, quit, log, crash, messages: fake.messageBoxes };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('a crashed window', () => {
  it('shows a message offering to reload, and reloads the app on Reload', async () => {
    const { window, crash, messages, quit } = setUp();

    crash('oom');

    expect(messages).toHaveLength(1);
    expect(messages[0]?.options).toMatchObject({
      type: 'error',
      message: 'The Hallway window stopped working.',
      buttons: ['Reload', 'Quit Hallway'],
      defaultId: 0,
      cancelId: 0,
    });
    messages[0]?.answer(0);
    await settle();
    expect(window.loadURL).toHaveBeenLastCalledWith('app://hallway/index.html');
    expect(quit).not.toHaveBeenCalled();
  });

  it('quits on Quit', async () => {
    const { window, crash, messages, quit } = setUp();
    crash();
    messages[0]?.answer(1);
    await settle();
    expect(quit).toHaveBeenCalledOnce();
    expect(window.loadURL).not.toHaveBeenCalled();
  });

  it('says nothing when the renderer exits cleanly with its window', () => {
    const { crash, messages } = setUp();
    crash('clean-exit');
    expect(messages).toHaveLength(0);
  });

  it('shows one message however many times it is told, and none for a closed window', async () => {
    const { window, crash, messages } = setUp();
    crash();
    crash();
    expect(messages).toHaveLength(1);
    messages[0]?.answer(0);
    await settle();

    window.destroyed = true;
    crash();
    expect(messages).toHaveLength(1);
  });

  it('speaks Japanese on a Japanese system', () => {
    const ja = rendererFailureLabelsFor(['ja-JP']);
    expect(ja.goneMessage).toBe('Hallway のウィンドウが動作を停止しました。');
    expect(Object.keys(ja).sort()).toEqual(Object.keys(labels).sort());
  });
});

describe('a window that stops responding', () => {
  it('offers to wait, reload or quit, and closes the message when the page recovers', async () => {
    const { window, messages, quit } = setUp();

    window.emit('unresponsive');
    expect(messages[0]?.options).toMatchObject({
      type: 'warning',
      message: 'The Hallway window is not responding.',
      buttons: ['Wait', 'Reload', 'Quit Hallway'],
      defaultId: 0,
      cancelId: 0,
    });
    window.emit('responsive');
    await settle();

    expect(messages[0]?.options.signal?.aborted).toBe(true);
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(window.loadURL).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
  });

  it('on Reload ends the hung page and loads the app again, without a crash message', async () => {
    const { window, messages, crash } = setUp();
    window.emit('unresponsive');
    window.emit('unresponsive');
    expect(messages).toHaveLength(1);

    messages[0]?.answer(1);
    await settle();
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(window.loadURL).toHaveBeenCalledWith('app://hallway/index.html');

    crash('killed');
    expect(messages).toHaveLength(1);
    crash('crashed');
    expect(messages).toHaveLength(2);
  });

  it('on Quit ends the hung page and quits', async () => {
    const { window, messages, quit } = setUp();
    window.emit('unresponsive');
    messages[0]?.answer(2);
    await settle();
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(quit).toHaveBeenCalledOnce();
  });

  it('gives way to the crash message when the hung page dies', async () => {
    const { window, messages, crash } = setUp();
    window.emit('unresponsive');
    crash();
    await settle();
    expect(messages[0]?.options.signal?.aborted).toBe(true);
    expect(messages[1]?.options.type).toBe('error');
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });
});
