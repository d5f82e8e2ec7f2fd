// Where each event-related page lives (routes.tsx): other features link here too.
export const eventPath = (eventId: string) => `/events/${encodeURIComponent(eventId)}`;
export const seriesPath = (series: string) => `/series/${encodeURIComponent(series)}`;
export const personPath = (personId: string) => `/people/${encodeURIComponent(personId)}`;
