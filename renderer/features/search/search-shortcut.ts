// `/` (when not typing in a field) or Ctrl/⌘F focuses the search box.
import { isMacPlatform } from '../../app/commands/palette-shortcut';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

export function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.altKey || event.shiftKey) return false;
  const modifier = isMacPlatform() ? event.metaKey : event.ctrlKey;
  if (modifier) return event.key.toLowerCase() === 'f';
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !isTypingTarget(event.target);
}

export function searchShortcutLabel(): string {
  return isMacPlatform() ? '⌘F' : 'Ctrl+F';
}

export function searchAriaShortcut(): string {
  return isMacPlatform() ? '/ Meta+F' : '/ Control+F';
}
