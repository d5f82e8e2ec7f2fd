// The routes: the layout around one screen per navigation link. Hash routing, because the app
// is served from app:// on the desktop and from a static server on the web. A screen that throws
// shows the error fallback inside the layout.
import { Navigate, type RouteObject } from 'react-router';
import { EventsScreen } from '../features/events/events-screen';
import { TodayScreen } from '../features/follow-ups/today-screen';
import { IntroductionsScreen } from '../features/introductions/introductions-screen';
import { PeopleScreen } from '../features/people/people-screen';
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
          { path: 'events', element: <EventsScreen /> },
          { path: 'introductions', element: <IntroductionsScreen /> },
          { path: 'today', element: <TodayScreen /> },
          { path: 'volunteers', element: <VolunteersScreen /> },
          { path: 'settings', element: <SettingsScreen /> },
          { path: '*', element: <Navigate to="/people" replace /> },
        ],
      },
    ],
  },
];
