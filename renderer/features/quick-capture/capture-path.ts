// The route of "Log a meetup" (routes.tsx).
export const CAPTURE_PATH = '/capture';
