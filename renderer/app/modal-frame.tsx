// The frame of the app's dialogs (introductions, import, export, roster…): a modal that keeps
// focus inside (use-modal-focus, also when its content arrives late), closes on Escape and gives
// focus back to where it was when it closes.
import { useId, useRef, type ReactNode } from 'react';
import { keepTabFocusInside } from './focus-trap';
import { useModalFocus } from './use-modal-focus';

interface ModalFrameProps {
  title: string;
  className: string;
  onClose(): void;
  children: ReactNode;
}

export function ModalFrame({ title, className, onClose, children }: ModalFrameProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useModalFocus(dialogRef);

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
