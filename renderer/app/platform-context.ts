// The platform (desktop or web) the app runs on, provided by the app root; see shared/platform.
import { createContext, useContext } from 'react';
import type { Platform } from '../../shared/platform/platform';

export const PlatformContext = createContext<Platform | null>(null);

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform() needs the app root’s PlatformContext provider.');
  return platform;
}
