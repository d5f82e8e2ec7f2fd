// The focus rules every modal dialog shares: on open, focus goes inside (to the element marked
// data-autofocus, else the first field or button, else the dialog itself); content that arrives
// later (a draft read from the database) takes it then, if the user has not moved it; focus that
// leaves the dialog (a click behind it, a removed element) is brought back; on close it returns
// to where it was. Tab cycling is keepTabFocusInside, in the dialog's own key handler.
import { useEffect, type RefObject } from 'react';
import { FOCUSABLE } from './focus-trap';

function focusFirstInside(dialog: HTMLElement): void {
  const target =
    dialog.querySelector<HTMLElement>('[data-autofocus]') ??
    dialog.querySelector<HTMLElement>(FOCUSABLE) ??
    dialog;
  target.focus();
}

export function useModalFocus(dialogRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const returnFocusTo = document.activeElement;
    if (!dialog.hasAttribute('tabindex')) dialog.tabIndex = -1;
    focusFirstInside(dialog);

    // Until something inside has had the focus, the frame holds it only while the content is on
    // its way; later the frame has it because the user clicked its background, and keeps it.
    let contentFocused = document.activeElement !== dialog;
    const lateContent = new MutationObserver(() => {
      const active = document.activeElement;
      const lost = active === null || active === document.body;
      if (lost || (active === dialog && !contentFocused)) focusFirstInside(dialog);
    });
    lateContent.observe(dialog, { childList: true, subtree: true });

    const keepFocusInside = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Element)) return;
      if (dialog.contains(target)) {
        if (target !== dialog) contentFocused = true;
        return;
      }
      // A dialog opened over this one (a confirmation) owns the focus while it is open.
      if (target.closest('[aria-modal="true"]')) return;
      focusFirstInside(dialog);
    };
    document.addEventListener('focusin', keepFocusInside);

    return () => {
      lateContent.disconnect();
      document.removeEventListener('focusin', keepFocusInside);
      if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
    };
    // The dialog is set up once, when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
