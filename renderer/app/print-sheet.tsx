// A printable sheet over the app: a dialog in a portal on <body> with Print (window.print()) and
// Close, focus kept inside, Esc closes; print-sheet.css leaves only it on paper. The printable
// roster and the event cheat sheet are such sheets; each brings its own content.
import { useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import '../styles/print-sheet.css';
import { keepTabFocusInside } from './focus-trap';
import { useModalFocus } from './use-modal-focus';

interface PrintSheetProps {
  title: string;
  subtitle: ReactNode;
  printLabel: string;
  closeLabel: string;
  /** The sheet's own class, for its content's styles. */
  className: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
}

export function PrintSheet(props: PrintSheetProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  useModalFocus(dialogRef);

  return createPortal(
    <div
      ref={dialogRef}
      className="print-sheet-view"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onKeyDown={(keyEvent) => {
        keepTabFocusInside(keyEvent);
        if (keyEvent.key === 'Escape') props.onClose();
      }}
    >
      <div className="print-sheet-view__actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {props.printLabel}
        </button>
        <button type="button" className="button" onClick={props.onClose}>
          {props.closeLabel}
        </button>
      </div>
      <article className={`print-sheet ${props.className}`} data-testid={props.testId}>
        <h1 id={titleId}>{props.title}</h1>
        <p>{props.subtitle}</p>
        {props.children}
      </article>
    </div>,
    document.body,
  );
}
