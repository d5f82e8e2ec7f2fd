// A confirmation before something the user should decide deliberately (deleting for good, emptying
// the trash, adding sample data to real data): an alert dialog that says what happens, focuses the
// safe choice, keeps Tab inside, closes on Escape and gives focus back to where it was. `tone`
// marks the confirming button as destructive (the default) or as an ordinary primary action.
import { useId, useRef } from 'react';
import { keepTabFocusInside } from './focus-trap';
import { useModalFocus } from './use-modal-focus';

export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  tone = 'danger',
}: {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  tone?: 'danger' | 'primary';
}) {
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  useModalFocus(dialogRef);

  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onKeyDown={(event) => {
          keepTabFocusInside(event);
          if (event.key === 'Escape') {
            event.stopPropagation();
            onCancel();
          }
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <p id={bodyId}>{body}</p>
        <div className="modal__actions">
          <button data-autofocus type="button" className="button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" className={`button button--${tone}`} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
