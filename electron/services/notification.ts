// Desktop notifications (follow-up reminders). Returns false where the system has none.
import type { NotificationRequest } from '../../shared/platform/platform';

export interface NotificationDependencies {
  isSupported(): boolean;
  show(request: NotificationRequest): void;
}

export function showNotification(
  dependencies: NotificationDependencies,
  request: NotificationRequest,
): boolean {
  if (!dependencies.isSupported()) return false;
  dependencies.show(request);
  return true;
}
