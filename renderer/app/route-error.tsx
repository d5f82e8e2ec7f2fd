// The router's error element: a screen that throws while rendering shows ErrorFallback inside
// the app layout, so the navigation stays usable.
import { useRouteError } from 'react-router';
import { ErrorFallback } from './error-fallback';

export function RouteError() {
  return <ErrorFallback error={useRouteError()} />;
}
