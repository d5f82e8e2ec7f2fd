// window.hallwayDesktop: the Electron preload's bridge (contextBridge), absent in a plain browser.
import type { DesktopBridge } from '../../shared/ipc/contract';

declare global {
  interface Window {
    hallwayDesktop?: DesktopBridge;
  }
}
