// Picks the platform: the desktop one when the Electron preload installed its bridge
// (window.hallwayDesktop), the web one in a plain browser.
import type { Platform } from '../../shared/platform/platform';
import { createDesktopPlatform } from './desktop';
import { createWebPlatform } from './web';

export function createPlatform(): Platform {
  return window.hallwayDesktop ? createDesktopPlatform(window.hallwayDesktop) : createWebPlatform();
}
