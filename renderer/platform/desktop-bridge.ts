// window.hallwayDesktop: the Electron preload's bridge (contextBridge), absent in a plain browser.
// Read it through findDesktopBridge so that every reader also sees this global declaration.
import type { DesktopBridge } from '../../shared/ipc/contract';

declare global {
  interface Window {
    hallwayDesktop?: DesktopBridge;
  }
}

export function findDesktopBridge(target: Window): DesktopBridge | undefined {
  return target.hallwayDesktop;
}
