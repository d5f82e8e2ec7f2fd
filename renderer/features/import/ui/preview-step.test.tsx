// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../../../shared/import/import-preview';
import { DatabaseContext } from '../../../app/database-context';
import { HallwayDatabase } from '../../../db/database';
import { createI18n } from '../../../i18n/create-i18n';
import { createEvent } from '../../../data/writes/events-writes';
import { PreviewStep } from './preview-step';
import { plannedRowFixture, previewFixture } from './preview-fixture';

let db: HallwayDatabase;

beforeEach(async () => {
  // happy-dom lays nothing out: give the virtualised list's scroll box a size, as a window would.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(360);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  db = new HallwayDatabase(`import-preview-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await db.delete();
});

function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={createI18n('en')}>
      <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>
    </I18nextProvider>
  );
}

function renderPreview(preview: ImportPreview, fileName = 'connections.csv') {
  const onImport = vi.fn();
  const onEncoding = vi.fn();
  const onClose = vi.fn();
  render(
    <PreviewStep
      preview={preview}
      fileName={fileName}
      error={null}
      onEncoding={onEncoding}
      onImport={onImport}
      onBack={vi.fn()}
      onClose={onClose}
    />,
    { wrapper: Providers },
  );
  return { onImport, onEncoding, onClose };
}

const aikoMatch = {
  target: 'person',
  personId: 'aiko',
  displayName: 'Aiko Tanaka',
  matchedBy: 'email',
  value: 'aiko@example.com',
} as const;

const twoRows = previewFixture({
  rows: [
    plannedRowFixture(2, 'Ben Okafor'),
    plannedRowFixture(3, 'Aiko Tanaka', { decision: 'merge', match: aikoMatch }),
  ],
  invalid: [{ line: 4, reason: 'no-name-or-email' }],
});

const counts = () => screen.getByText(/new · /);

describe('the import preview', () => {
  it('counts the decisions and lists every row that cannot be imported, by line', () => {
    renderPreview(twoRows);
    expect(counts().textContent).toBe('1 new · 1 to merge · 0 skipped · 1 not importable');
    const problems = screen.getByRole('list', { name: 'Rows not imported and warnings' });
    expect(within(problems).getByRole('listitem').textContent).toBe(
      'Line 4No name and no e-mail address',
    );
  });

  it('changes a row’s decision from the keyboard, and the counts follow', async () => {
    const user = userEvent.setup();
    const { onImport } = renderPreview(twoRows);
    const aiko = screen.getByRole('combobox', { name: 'Line 3, Aiko Tanaka: what to do' });
    aiko.focus();
    await user.selectOptions(aiko, 'skip');
    expect(counts().textContent).toBe('1 new · 0 to merge · 1 skipped · 1 not importable');

    await user.click(screen.getByRole('button', { name: 'Import 1' }));
    const [request] = onImport.mock.calls[0]!;
    expect([...request.decisions]).toEqual([[3, 'skip']]);
    expect(request.event).toEqual({ kind: 'none' });
  });

  it('skips or merges every row that matches someone at once', async () => {
    const user = userEvent.setup();
    renderPreview(twoRows);
    await user.click(screen.getByRole('button', { name: 'Skip the 1 match' }));
    expect(counts().textContent).toBe('1 new · 0 to merge · 1 skipped · 1 not importable');
    await user.click(screen.getByRole('button', { name: 'Merge the 1 match' }));
    expect(counts().textContent).toBe('1 new · 1 to merge · 0 skipped · 1 not importable');
  });

  it('offers Merge only for a row that matches someone', () => {
    renderPreview(twoRows);
    const ben = screen.getByRole('combobox', { name: 'Line 2, Ben Okafor: what to do' });
    const merge = within(ben).getByRole('option', { name: 'Merge' }) as HTMLOptionElement;
    expect(merge.disabled).toBe(true);
  });

  it('has nothing to import when every row is skipped', async () => {
    const user = userEvent.setup();
    renderPreview(previewFixture({ rows: [plannedRowFixture(2, 'Ben Okafor')] }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Line 2/ }), 'skip');
    expect(screen.getByText('Nothing to import: every row is skipped.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import 0' }).hasAttribute('disabled')).toBe(true);
  });

  it('keeps 50,000 rows out of the DOM but their decisions in the counts', async () => {
    const user = userEvent.setup();
    const rows = Array.from({ length: 50_000 }, (_, index) =>
      plannedRowFixture(index + 2, `Person ${index}`),
    );
    renderPreview(previewFixture({ rows }));
    expect(counts().textContent).toBe('50,000 new · 0 to merge · 0 skipped · 0 not importable');
    const list = screen.getByRole('list', { name: 'People in the file' });
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(50);
    await user.selectOptions(within(list).getAllByRole('combobox')[0]!, 'skip');
    expect(counts().textContent).toBe('49,999 new · 0 to merge · 1 skipped · 0 not importable');
  });

  it('attaches an attendee list to a new event named after the file, or to an existing one', async () => {
    const user = userEvent.setup();
    await createEvent(db, { name: 'Rust Tokyo #11', startsAt: Date.UTC(2026, 9, 1, 10) });
    const checkIn = Date.UTC(2026, 9, 20, 10, 0);
    const { onImport } = renderPreview(
      previewFixture({
        format: 'meetup',
        isAttendeeList: true,
        eventHint: { startsAt: checkIn },
        rows: [
          plannedRowFixture(2, 'Aiko Tanaka', { attendance: { status: 'attended', raw: 'Y' } }),
        ],
      }),
      'rust-tokyo_12.csv',
    );
    expect(screen.getByRole('radio', { name: 'A new event' })).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Event name')).toHaveProperty('value', 'rust tokyo 12');

    await user.click(screen.getByRole('radio', { name: 'An existing event' }));
    // The existing events arrive from a live query: slow under a loaded test run.
    const picker = await screen.findByRole('combobox', { name: 'Event' });
    expect(within(picker).getByRole('option').textContent).toMatch(/^Rust Tokyo #11 \(/);
    await user.click(screen.getByRole('button', { name: 'Import 1' }));
    expect(onImport.mock.calls[0]![0].event).toMatchObject({ kind: 'existing' });
  }, 15_000);

  it('offers the event a list was imported into before, so a re-import makes no second event', async () => {
    const user = userEvent.setup();
    const checkIn = new Date(2026, 9, 20, 19, 5).getTime();
    const before = await createEvent(db, {
      name: 'Rust Tokyo 12',
      startsAt: new Date(2026, 9, 20, 18, 30).getTime(),
    });
    const { onImport } = renderPreview(
      previewFixture({
        format: 'meetup',
        isAttendeeList: true,
        eventHint: { startsAt: checkIn },
        rows: [
          plannedRowFixture(2, 'Aiko Tanaka', { attendance: { status: 'attended', raw: 'Y' } }),
        ],
      }),
      'rust-tokyo_12.csv',
    );
    const existing = screen.getByRole('radio', { name: 'An existing event' });
    await vi.waitFor(() => expect(existing).toHaveProperty('checked', true), { timeout: 5_000 });
    expect(screen.getByText(/imported into this event before/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Import 1' }));
    expect(onImport.mock.calls[0]![0].event).toEqual({ kind: 'existing', eventId: before.id });
  });

  it('names, dates and links a new event from what a Luma or connpass export says', async () => {
    const user = userEvent.setup();
    const checkIn = new Date(2026, 9, 20, 18, 55).getTime();
    const { onImport } = renderPreview(
      previewFixture({
        format: 'luma',
        isAttendeeList: true,
        eventHint: { startsAt: checkIn },
        rows: [
          plannedRowFixture(2, 'Aiko Tanaka', { attendance: { status: 'attended', raw: 'Y' } }),
        ],
      }),
      'Rust Night Tokyo - Guests - 2026-10-21-09-00-00.csv',
    );
    expect(screen.getByLabelText('Event name')).toHaveProperty('value', 'Rust Night Tokyo');
    expect(screen.getByLabelText('Starts')).toHaveProperty('value', '2026-10-20T18:55');
    await user.selectOptions(screen.getByLabelText('Kind'), 'workshop');
    const importButton = screen.getByRole('button', { name: 'Import 1' });
    await vi.waitFor(() => expect(importButton).toHaveProperty('disabled', false));
    await user.click(importButton);
    expect(onImport.mock.calls[0]![0].event).toMatchObject({
      kind: 'new',
      name: 'Rust Night Tokyo',
      eventKind: 'workshop',
    });
    cleanup();
    renderPreview(
      previewFixture({ format: 'connpass', isAttendeeList: true }),
      'event_334455_participants.csv',
    );
    expect(screen.getByLabelText('Event page (URL)')).toHaveProperty(
      'value',
      'https://connpass.com/event/334455/',
    );
  });

  it('attaches a contacts file to no event by default, an event still choosable', async () => {
    const user = userEvent.setup();
    renderPreview(
      previewFixture({ format: 'generic-csv', rows: [plannedRowFixture(2, 'Aiko Tanaka')] }),
      'contacts.csv',
    );
    expect(screen.getByRole('radio', { name: 'Do not attach to an event' })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(screen.getByRole('radio', { name: 'A new event' }));
    expect(screen.getByLabelText('Event name')).toHaveProperty('value', 'contacts');
  });

  it('has a visible Cancel that closes the import', async () => {
    const user = userEvent.setup();
    const { onClose } = renderPreview(twoRows);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('reads the file again in the encoding the user picks', async () => {
    const user = userEvent.setup();
    const { onEncoding } = renderPreview(twoRows);
    await user.selectOptions(screen.getByLabelText('Encoding'), 'shift_jis');
    expect(onEncoding).toHaveBeenCalledWith('shift_jis');
  });
});
