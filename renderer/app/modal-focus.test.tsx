// @vitest-environment happy-dom
// Every dialog's focus rules, by keyboard: focus goes inside on open (also when the content
// arrives after the dialog opened), Tab stays inside, Escape closes, focus returns to the opener.
// The last test checks that every dialog in the app is built on these rules.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';
import { ModalFrame } from './modal-frame';

afterEach(cleanup);

function LateDialog({ contentShown }: { contentShown: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button type="button">Behind</button>
      {open && (
        <ModalFrame title="Late" className="late" onClose={() => setOpen(false)}>
          {contentShown && (
            <>
              <textarea aria-label="Draft" />
              <button type="button">Copy</button>
            </>
          )}
        </ModalFrame>
      )}
    </>
  );
}

describe('modal dialogs', () => {
  it('take the focus when their content arrives late, keep Tab inside and give focus back', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<LateDialog contentShown={false} />);
    await user.tab();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Late' });
    expect(dialog.contains(document.activeElement)).toBe(true);

    rerender(<LateDialog contentShown />);
    await screen.findByRole('textbox', { name: 'Draft' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Draft' }));

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Copy' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Draft' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Copy' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open' }));
  });

  it('bring back focus that a click moved behind them', async () => {
    const user = userEvent.setup();
    render(<LateDialog contentShown />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    screen.getByRole('button', { name: 'Behind' }).focus();
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
  });

  it('confirmations focus the safe choice, trap Tab and cancel on Escape', async () => {
    const user = userEvent.setup();
    function Confirming() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Delete
          </button>
          {open && (
            <ConfirmDialog
              title="Delete for good?"
              body="It cannot be undone."
              confirmLabel="Delete for good"
              cancelLabel="Keep"
              onConfirm={() => setOpen(false)}
              onCancel={() => setOpen(false)}
            />
          )}
        </>
      );
    }
    render(<Confirming />);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep' }));
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' }));
  });

  it('are all built on the shared focus rules', () => {
    const sources = import.meta.glob<string>(['../**/*.tsx', '!../**/*.test.tsx'], {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const dialogs = Object.entries(sources).filter(([, text]) =>
      /role="(alert)?dialog"/.test(text),
    );
    expect(dialogs.length).toBeGreaterThan(3);
    const withoutRules = dialogs
      .filter(([, text]) => !text.includes('useModalFocus('))
      .map(([path]) => path);
    expect(withoutRules).toEqual([]);
  });
});
