// The app's providers around the router: translations, the database, the platform, and an error
// boundary; in their place, a request to reload once another window took the database over.
// Reports onReady once the first screen is on screen (main.tsx turns it into data-app-state=
// "ready"): the layout announces it (app-ready.ts) once the router has loaded the first screen.
import { StrictMode, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createHashRouter, RouterProvider } from 'react-router';
import type { Platform } from '../../shared/platform/platform';
import type { HallwayDatabase } from '../db/database';
import { useOtherWindowsStore } from '../db/other-windows';
import { AppReadyContext } from './app-ready';
import { DatabaseContext } from './database-context';
import { ErrorBoundary } from './error-boundary';
import { PlatformContext } from './platform-context';
import { ReplacedByOtherWindow } from './replaced-by-other-window';
import { appRoutes } from './routes';

export interface AppRootProps {
  db: HallwayDatabase;
  platform: Platform;
  i18n: I18n;
  onReady(): void;
  createRouter?: typeof createHashRouter;
}

export function AppRoot({
  db,
  platform,
  i18n,
  onReady,
  createRouter = createHashRouter,
}: AppRootProps) {
  const [router] = useState(() => createRouter(appRoutes));
  // Another window opened a newer version: the database is closed for good (db/other-windows).
  const replaced = useOtherWindowsStore((state) => state.state === 'replaced');

  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          {replaced ? (
            <ReplacedByOtherWindow />
          ) : (
            <DatabaseContext.Provider value={db}>
              <PlatformContext.Provider value={platform}>
                <AppReadyContext.Provider value={onReady}>
                  <RouterProvider router={router} />
                </AppReadyContext.Provider>
              </PlatformContext.Provider>
            </DatabaseContext.Provider>
          )}
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>
  );
}
