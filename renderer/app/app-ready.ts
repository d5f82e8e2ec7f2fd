// How the app says it is ready (main.tsx turns it into data-app-state="ready", which end-to-end
// tests and benchmarks wait for): the layout announces it once the first screen is on screen,
// which is after its code has loaded (screens load on demand, routes.tsx) and after the start
// page has sent on to People.
import { createContext, useContext, useEffect, useRef } from 'react';
import { useMatches, useNavigation } from 'react-router';
import { REDIRECT_HANDLE } from './routes';

export const AppReadyContext = createContext<() => void>(() => undefined);

export function useAnnounceReady(): void {
  const onReady = useContext(AppReadyContext);
  const announced = useRef(false);
  const loading = useNavigation().state !== 'idle';
  const redirecting = useMatches().some((match) => match.handle === REDIRECT_HANDLE);
  const onScreen = !loading && !redirecting;
  useEffect(() => {
    if (!onScreen || announced.current) return;
    announced.current = true;
    onReady();
  }, [onScreen, onReady]);
}
