// What the user sees when the window's page dies or hangs: a message from the main process, never
// a blank or frozen window.
// - The renderer is gone (crash, out of memory, killed): "Reload" (the default, also Esc) loads
//   the app's entry page again; "Quit Hallway" quits.
// - The renderer stops responding: "Wait" (the default, also Esc) leaves it be, and the message
//   closes by itself if the page recovers; "Reload" ends the hung renderer and loads the entry
//   page again; "Quit Hallway" ends it and quits. A renderer the app ends itself is not reported
//   as a crash.
// Saved data is safe either way: every write is an IndexedDB transaction, committed or not at all.
// The reload waits for the user's answer, so it never runs inside Electron's own handling of the
// dead process.
import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import type { RendererFailureLabels } from './renderer-failure-labels';

/** The parts of a BrowserWindow this module uses. */
export interface RecoverableWindow {
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  webContents: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: { reason: string; exitCode: number }) => void,
    ): unknown;
    forcefullyCrashRenderer(): void;
  };
}

export interface RendererFailureDeps<W extends RecoverableWindow> {
  showMessageBox(window: W, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  quit(): void;
  labels: RendererFailureLabels;
  log(message: string): void;
}

const GONE_RELOAD = 0;
const HUNG_WAIT = 0;
const HUNG_RELOAD = 1;
const HUNG_QUIT = 2;

export function recoverFromRendererFailures<W extends RecoverableWindow>(
  window: W,
  deps: RendererFailureDeps<W>,
): void {
  const { labels } = deps;
  let goneMessageOpen = false;
  let hungMessage: AbortController | null = null;
  let endingHungRenderer = false;

  const reload = () => {
    window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
      deps.log(`Could not reload the window: ${String(error)}`);
    });
  };
  const endHungRenderer = () => {
    endingHungRenderer = true;
    window.webContents.forcefullyCrashRenderer();
  };

  const onGone = async (reason: string, exitCode: number) => {
    // A renderer that exits with code 0 is shutting down with its window, not failing.
    if (reason === 'clean-exit') return;
    hungMessage?.abort();
    if (endingHungRenderer && reason === 'killed') {
      endingHungRenderer = false;
      return;
    }
    if (goneMessageOpen || window.isDestroyed()) return;
    deps.log(`The window's renderer is gone (${reason}, exit code ${exitCode}).`);
    goneMessageOpen = true;
    const { response } = await deps.showMessageBox(window, {
      type: 'error',
      title: labels.title,
      message: labels.goneMessage,
      detail: labels.goneDetail,
      buttons: [labels.reload, labels.quit],
      defaultId: GONE_RELOAD,
      cancelId: GONE_RELOAD,
      noLink: true,
    });
    goneMessageOpen = false;
    if (window.isDestroyed()) return;
    if (response === GONE_RELOAD) reload();
    else deps.quit();
  };

  const onUnresponsive = async () => {
    if (hungMessage || goneMessageOpen || window.isDestroyed()) return;
    deps.log("The window's renderer is not responding.");
    const controller = new AbortController();
    hungMessage = controller;
    const { response } = await deps.showMessageBox(window, {
      type: 'warning',
      title: labels.title,
      message: labels.hungMessage,
      detail: labels.hungDetail,
      buttons: [labels.wait, labels.reload, labels.quit],
      defaultId: HUNG_WAIT,
      cancelId: HUNG_WAIT,
      noLink: true,
      signal: controller.signal,
    });
    hungMessage = null;
    if (controller.signal.aborted || window.isDestroyed()) return;
    if (response === HUNG_RELOAD) {
      endHungRenderer();
      reload();
    } else if (response === HUNG_QUIT) {
      endHungRenderer();
      deps.quit();
    }
  };

  const report = (error: unknown) =>
    deps.log(`Could not show the recovery message: ${String(error)}`);
  window.webContents.on('render-process-gone', (_event, details) => {
    onGone(details.reason, details.exitCode).catch(report);
  });
  window.on('unresponsive', () => {
    onUnresponsive().catch(report);
  });
  window.on('responsive', () => hungMessage?.abort());
}
