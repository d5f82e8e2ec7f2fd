// How the app says it is ready (main.tsx turns it into data-app-state="ready", which end-to-end
// tests and benchmarks wait for): the layout announces it when it mounts, which is when the router
// has loaded the first screen (screens load on demand, routes.tsx) and both are on screen.
import { createContext, useContext, useEffect } from 'react';

export const AppReadyContext = createContext<() => void>(() => undefined);

export function useAnnounceReady(): void {
  const onReady = useContext(AppReadyContext);
  useEffect(() => onReady(), [onReady]);
}
