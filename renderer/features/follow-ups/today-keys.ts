// Today's single-key shortcuts, outside text fields: j/k or the arrows move between items,
// d marks the focused item done, s opens its snooze choices, x dismisses it.
import { isTypingTarget } from '../quick-capture/is-typing-target';

export type TodayKeyCommand = 'next' | 'previous' | 'done' | 'snooze' | 'dismiss';

const COMMANDS: Record<string, TodayKeyCommand> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  d: 'done',
  s: 'snooze',
  x: 'dismiss',
};

export function todayKeyCommand(event: {
  key: string;
  target: EventTarget | null;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): TodayKeyCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) {
    return undefined;
  }
  return COMMANDS[event.key];
}
