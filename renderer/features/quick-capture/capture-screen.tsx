// "Log a meetup" (/capture): the event, then the people met, one row at a time, all by keyboard.
// Ctrl/⌘+Enter saves from anywhere on the screen; the draft is stored as it is typed and offered
// again if the window closes half-way. After saving, the screen returns to where it was opened.
// Discard asks first when the draft holds something typed (it cannot be undone).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isMacPlatform } from '../../app/commands/palette-shortcut';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { Screen } from '../../app/screen';
import '../../styles/quick-capture.css';
import { CaptureEventFields } from './capture-event-fields';
import { draftHasContent } from './capture-draft';
import { clearCaptureDraft } from './capture-draft-storage';
import { CapturedRowItem } from './captured-row-item';
import { PersonEntry } from './person-entry';
import {
  addEntryToRows,
  editRow,
  removeRow,
  startNewDraft,
  useQuickCaptureStore,
} from './quick-capture-store';
import { ResumeDraftPrompt } from './resume-draft-prompt';
import { useCaptureDraftPersistence } from './use-capture-draft-persistence';
import { problemWith, useSaveCapture, type CaptureProblem } from './use-save-capture';

export function CaptureScreen() {
  const { t } = useTranslation('quick-capture');
  const navigate = useNavigate();
  useCaptureDraftPersistence();
  const draft = useQuickCaptureStore((state) => state.draft);
  const resumable = useQuickCaptureStore((state) => state.resumable);
  const save = useSaveCapture();
  const [problem, setProblem] = useState<CaptureProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const eventNameRef = useRef<HTMLInputElement>(null);
  const personNameRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLInputElement>(null);
  const editing = resumable === null;

  useEffect(() => {
    if (!editing) return;
    const { event } = useQuickCaptureStore.getState().draft;
    (event.eventId || event.name ? personNameRef : eventNameRef).current?.focus();
  }, [editing]);

  const leave = () => {
    const index = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (index > 0) navigate(-1);
    else navigate('/events');
  };

  const submit = async () => {
    if (saving) return;
    const current = useQuickCaptureStore.getState().draft;
    const found = problemWith(current);
    setProblem(found);
    if (found) {
      eventNameRef.current?.focus();
      return;
    }
    setSaving(true);
    const saved = await save(current);
    setSaving(false);
    if (saved) leave();
  };

  const discard = () => {
    setConfirmingDiscard(false);
    clearCaptureDraft(window.localStorage);
    startNewDraft();
    leave();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      void submit();
    } else if (event.target instanceof HTMLInputElement) {
      // Enter in a field moves the flow on (handled by the field), it never submits the form.
      event.preventDefault();
    }
  };

  const focusPersonName = () => personNameRef.current?.focus();
  const linkedIds = [...draft.rows, draft.entry].flatMap((row) =>
    row.personId ? [row.personId] : [],
  );

  return (
    <Screen title={t('title')} subtitle={t('subtitle')}>
      {resumable ? (
        <ResumeDraftPrompt draft={resumable} />
      ) : (
        <form
          className="capture"
          aria-label={t('title')}
          onKeyDown={onKeyDown}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <CaptureEventFields event={draft.event} nameRef={eventNameRef} onDone={focusPersonName} />
          <fieldset className="capture-section">
            <legend>
              {t('people.legend')}{' '}
              <span className="muted">{t('people.count', { count: draft.rows.length })}</span>
            </legend>
            {draft.rows.length > 0 && (
              <ol className="capture-people" aria-label={t('people.listLabel')}>
                {draft.rows.map((row) => (
                  <CapturedRowItem
                    key={row.key}
                    row={row}
                    onEdit={() => {
                      editRow(row.key);
                      focusPersonName();
                    }}
                    onRemove={() => {
                      removeRow(row.key);
                      focusPersonName();
                    }}
                  />
                ))}
              </ol>
            )}
            <PersonEntry
              entry={draft.entry}
              excludeIds={linkedIds}
              nameRef={personNameRef}
              noteRef={noteRef}
              onAdd={() => {
                addEntryToRows();
                focusPersonName();
              }}
            />
          </fieldset>
          <p className="capture__problem" role="alert">
            {problem ? t(problem) : ''}
          </p>
          <div className="capture-actions">
            <button type="submit" className="button button--primary" disabled={saving}>
              {t('save')}{' '}
              <kbd className="kbd" aria-hidden="true">
                {isMacPlatform() ? '⌘Enter' : 'Ctrl+Enter'}
              </kbd>
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                if (draftHasContent(useQuickCaptureStore.getState().draft)) {
                  setConfirmingDiscard(true);
                } else discard();
              }}
            >
              {t('discard')}
            </button>
          </div>
        </form>
      )}
      {confirmingDiscard && (
        <ConfirmDialog
          title={t('confirmDiscard.title')}
          body={t('confirmDiscard.body')}
          confirmLabel={t('confirmDiscard.confirm')}
          cancelLabel={t('confirmDiscard.cancel')}
          onConfirm={discard}
          onCancel={() => setConfirmingDiscard(false)}
        />
      )}
    </Screen>
  );
}
