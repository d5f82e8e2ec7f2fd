// The routes: the layout around one screen per navigation link. Hash routing, because the app
// is served from app:// on the desktop and from a static server on the web. A screen that throws
// (or whose code fails to load) shows the error fallback inside the layout.
// Every screen is loaded on demand (React Router's `lazy`): a first start loads the app shell and
// the screen it opens, not the code of the other screens and their libraries (issue 15; the guard
// build/packaged-app/first-start-chunks.test.ts keeps the heavy ones out). main.tsx starts loading
// the first screen while the database opens (preloadScreen).
import type { ComponentType } from 'react';
import { matchRoutes, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout';
import { RouteError } from './route-error';

/** Marks the routes that only send on to People: the app is not ready on them (app-ready.ts). */
export const REDIRECT_HANDLE = 'redirect';
const toPeople = { element: <Navigate to="/people" replace />, handle: REDIRECT_HANDLE };

/** A route's `lazy` for a screen component that a module exports. */
const screen =
  (load: () => Promise<ComponentType>) => async (): Promise<{ Component: ComponentType }> => ({
    Component: await load(),
  });

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, ...toPeople },
          {
            path: 'people',
            lazy: screen(
              async () => (await import('../features/people/people-screen')).PeopleScreen,
            ),
          },
          {
            path: 'people/trash',
            lazy: screen(async () => (await import('../features/people/trash-screen')).TrashScreen),
          },
          {
            path: 'people/duplicates',
            lazy: screen(
              async () =>
                (await import('../features/duplicates/duplicates-screen')).DuplicatesScreen,
            ),
          },
          {
            path: 'people/:personId',
            lazy: screen(
              async () => (await import('../features/person/person-screen')).PersonScreen,
            ),
          },
          {
            path: 'events',
            lazy: screen(
              async () => (await import('../features/events/events-screen')).EventsScreen,
            ),
          },
          {
            path: 'events/:eventId',
            lazy: screen(async () => (await import('../features/events/event-page')).EventPage),
          },
          {
            path: 'series/:seriesName',
            lazy: screen(async () => (await import('../features/events/series-page')).SeriesPage),
          },
          {
            path: 'capture',
            lazy: screen(
              async () => (await import('../features/quick-capture/capture-screen')).CaptureScreen,
            ),
          },
          {
            path: 'introductions',
            lazy: screen(
              async () =>
                (await import('../features/introductions/introductions-screen'))
                  .IntroductionsScreen,
            ),
          },
          {
            path: 'network',
            lazy: screen(
              async () => (await import('../features/network/network-screen')).NetworkScreen,
            ),
          },
          {
            path: 'insights',
            lazy: screen(
              async () => (await import('../features/insights/insights-screen')).InsightsScreen,
            ),
          },
          {
            path: 'today',
            lazy: screen(
              async () => (await import('../features/follow-ups/today-screen')).TodayScreen,
            ),
          },
          {
            path: 'volunteers',
            lazy: screen(
              async () =>
                (await import('../features/volunteers/volunteers-screen')).VolunteersScreen,
            ),
          },
          {
            path: 'settings',
            lazy: screen(
              async () => (await import('../features/settings/settings-screen')).SettingsScreen,
            ),
          },
          {
            path: 'warm-paths',
            lazy: screen(
              async () =>
                (await import('../features/warm-paths/warm-paths-screen')).WarmPathsScreen,
            ),
          },
          { path: '*', ...toPeople },
        ],
      },
    ],
  },
];

/** Starts loading the code of the screen a hash (`#/people/…`) opens, so that it loads while
 * the app starts rather than after; the router's own `lazy` call then finds it loaded. The
 * empty hash opens People. A failure is left to the router, which shows it in the layout. */
export function preloadScreen(routes: RouteObject[], hash: string): void {
  const path = hash.replace(/^#/, '').split('?')[0].replace(/^\/?$/, '/people');
  for (const { route } of matchRoutes(routes, path) ?? []) {
    if (typeof route.lazy === 'function') void route.lazy().catch(() => undefined);
  }
}
