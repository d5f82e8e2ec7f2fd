// The app's screens in navigation order: their route paths and the app-namespace keys of their
// names (the navigation links' accessible names, which e2e tests rely on) and "Go to" commands.
export const SCREENS = [
  { id: 'people', path: '/people', nameKey: 'nav.people', command: 'goToPeople' },
  { id: 'events', path: '/events', nameKey: 'nav.events', command: 'goToEvents' },
  {
    id: 'introductions',
    path: '/introductions',
    nameKey: 'nav.introductions',
    command: 'goToIntroductions',
  },
  { id: 'network', path: '/network', nameKey: 'nav.network', command: 'goToNetwork' },
  { id: 'insights', path: '/insights', nameKey: 'nav.insights', command: 'goToInsights' },
  { id: 'today', path: '/today', nameKey: 'nav.today', command: 'goToToday' },
  {
    id: 'volunteers',
    path: '/volunteers',
    nameKey: 'nav.volunteers',
    command: 'goToVolunteers',
  },
  {
    id: 'settings',
    path: '/settings',
    nameKey: 'nav.settings',
    command: 'goToSettings',
  },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];
