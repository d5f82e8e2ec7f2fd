// Whether a key press lands in a place where it types text: a single-letter shortcut must not
// fire there.
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'color', 'file'].includes(
    target.type,
  );
}

/** M alone (no modifier), outside text fields: "Log a meetup". */
export function isLogMeetupShortcut(event: KeyboardEvent): boolean {
  return (
    event.key.toLowerCase() === 'm' &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.repeat &&
    !isTypingTarget(event.target)
  );
}
