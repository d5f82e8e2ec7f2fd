// Picks the platform: the desktop one when the Electron preload installed its bridge
// (window.hallwayDesktop), the web one in a plain browser.
import type { Platform } from '../../shared/platform/platform';
import { createDesktopPlatform } from './desktop';
import { findDesktopBridge } from './desktop-bridge';
import { createWebPlatform } from './web';

export function createPlatform(): Platform {
  const bridge = findDesktopBridge(window);
  return bridge ? createDesktopPlatform(bridge) : createWebPlatform();
}
