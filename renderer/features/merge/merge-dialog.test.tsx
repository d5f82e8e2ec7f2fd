// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from '../../app/app-root';
import { logInteraction } from '../../data/writes/interactions-writes';
import { createPerson } from '../../data/writes/people-writes';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`merge-dialog-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('the merge dialog', () => {
  it('shows each record’s company, e-mails, times met and last contact side by side', async () => {
    const kept = await createPerson(db, {
      givenName: 'Aiko',
      familyName: 'Tanaka',
      company: 'Mercari',
      emails: ['aiko@example.com'],
    });
    const other = await createPerson(db, {
      givenName: 'Aiko',
      familyName: 'Tanaka',
      emails: ['aiko@example.com', 'a.tanaka@cookpad.jp'],
    });
    for (const at of [1, 2]) {
      await logInteraction(db, {
        personId: other.id,
        at: Date.now() - at * 86_400_000,
        kind: 'met',
      });
    }
    window.location.hash = `#/people/${kept.id}`;
    const user = userEvent.setup();
    render(
      <AppRoot db={db} platform={createWebPlatform()} i18n={createI18n('en')} onReady={vi.fn()} />,
    );

    await user.click(await screen.findByRole('button', { name: 'Merge with Aiko Tanaka…' }));
    // The dialog reads both records before it shows their sides: wait for them, do not assume.
    const dialog = await screen.findByRole('dialog', {
      name: 'Merge Aiko Tanaka with another record',
    });
    const keptSide = await within(dialog).findByRole('region', { name: 'Keep Aiko Tanaka' });
    const otherSide = await within(dialog).findByRole('region', { name: 'Merge in Aiko Tanaka' });

    expect(await within(keptSide).findByText('0 times')).toBeTruthy();
    expect(await within(otherSide).findByText('2 times')).toBeTruthy();
    expect(keptSide.textContent).toContain('CompanyMercari');
    expect(keptSide.textContent).toContain('E-mailsaiko@example.com');
    expect(keptSide.textContent).toContain('Last contactNever');
    expect(otherSide.textContent).toContain('Company—');
    expect(otherSide.textContent).toContain('aiko@example.com, a.tanaka@cookpad.jp');
    expect(otherSide.textContent).toContain('Last contactyesterday');
  });
});
