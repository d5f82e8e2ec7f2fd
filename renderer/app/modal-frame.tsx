// The frame of the app's dialogs (introductions, import, export, roster…): a modal that keeps
// Tab inside, closes on Escape and gives focus back to where it was when it closes. It focuses
// the element marked data-autofocus, else its first field or button.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { keepTabFocusInside } from './focus-trap';

interface ModalFrameProps {
  title: string;
  className: string;
  onClose(): void;
  children: ReactNode;
}

export function ModalFrame({ title, className, onClose, children }: ModalFrameProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const returnFocusTo = document.activeElement;
    const dialog = dialogRef.current;
    const first =
      dialog?.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog?.querySelector<HTMLElement>('input, textarea, button');
    first?.focus();
    return () => {
      if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
    };
  }, []);

  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        className={`modal ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          keepTabFocusInside(event);
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
