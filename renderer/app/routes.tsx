// The routes: the layout around one screen per navigation link. Hash routing, because the app
// is served from app:// on the desktop and from a static server on the web. A screen that throws
// shows the error fallback inside the layout.
import { Navigate, type RouteObject } from 'react-router';
import { EventPage } from '../features/events/event-page';
import { EventsScreen } from '../features/events/events-screen';
import { SeriesPage } from '../features/events/series-page';
import { TodayScreen } from '../features/follow-ups/today-screen';
import { IntroductionsScreen } from '../features/introductions/introductions-screen';
import { PeopleScreen } from '../features/people/people-screen';
import { TrashScreen } from '../features/people/trash-screen';
import { DuplicatesScreen } from '../features/duplicates/duplicates-screen';
import { PersonScreen } from '../features/person/person-screen';
import { CaptureScreen } from '../features/quick-capture/capture-screen';
import { SettingsScreen } from '../features/settings/settings-screen';
import { VolunteersScreen } from '../features/volunteers/volunteers-screen';
import { AppLayout } from './app-layout';
import { RouteError } from './route-error';

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/people" replace /> },
          { path: 'people', element: <PeopleScreen /> },
          { path: 'people/trash', element: <TrashScreen /> },
          { path: 'people/duplicates', element: <DuplicatesScreen /> },
          { path: 'people/:personId', element: <PersonScreen /> },
          { path: 'events', element: <EventsScreen /> },
          { path: 'events/:eventId', element: <EventPage /> },
          { path: 'series/:seriesName', element: <SeriesPage /> },
          { path: 'capture', element: <CaptureScreen /> },
          { path: 'introductions', element: <IntroductionsScreen /> },
          {
            path: 'network',
            lazy: async () => ({
              Component: (await import('../features/network/network-screen')).NetworkScreen,
            }),
          },
          {
            path: 'insights',
            lazy: async () => ({
              Component: (await import('../features/insights/insights-screen')).InsightsScreen,
            }),
          },
          { path: 'today', element: <TodayScreen /> },
          { path: 'volunteers', element: <VolunteersScreen /> },
          { path: 'settings', element: <SettingsScreen /> },
          {
            path: 'warm-paths',
            lazy: async () => ({
              Component: (await import('../features/warm-paths/warm-paths-screen')).WarmPathsScreen,
            }),
          },
          { path: '*', element: <Navigate to="/people" replace /> },
        ],
      },
    ],
  },
];
