// "Import calendar…": choose an .ics file (the system's open dialog on the desktop, the page's own
// file input on the web), see what it would do — new events, updated ones, and each VEVENT that
// cannot be imported with its line and why — then import it in one write. Nothing is written
// before "Import".
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { ModalFrame } from '../../app/modal-frame';
import { usePlatform } from '../../app/platform-context';
import { showToast } from '../../app/toasts/toast-store';
import { importCalendarEvents } from '../../data/writes/calendar-import-writes';
import '../../styles/calendar.css';
import { userCalendar } from '../follow-ups/user-calendar';
import { CalendarImportPreview } from './calendar-import-preview';
import {
  MAX_CALENDAR_BYTES,
  previewCalendarFile,
  type CalendarPreview,
} from './preview-calendar-file';

type Step =
  | { kind: 'choose'; problem?: string }
  | { kind: 'reading' }
  | CalendarPreview
  | { kind: 'importing' };

export function CalendarImportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('event-prep');
  const db = useDatabase();
  const platform = usePlatform();
  const inputRef = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });

  const read = async (name: string, bytes: Uint8Array) => {
    setStep({ kind: 'reading' });
    try {
      setStep(await previewCalendarFile(db, name, bytes, userCalendar().timeZone));
    } catch (error) {
      setStep({ kind: 'failed', fileName: name, message: (error as Error).message });
    }
  };

  const choose = async () => {
    if (platform.kind === 'web') {
      inputRef.current?.click();
      return;
    }
    const result = await platform.openFile({
      maxBytes: MAX_CALENDAR_BYTES,
      filters: [{ name: t('import.fileType'), extensions: ['ics', 'ical', 'ifb'] }],
    });
    if (result.opened) await read(result.name, result.bytes);
    else if (result.reason === 'too-large')
      setStep({ kind: 'choose', problem: t('import.tooLarge') });
  };

  const commit = async (preview: Extract<CalendarPreview, { kind: 'preview' }>) => {
    setStep({ kind: 'importing' });
    try {
      const result = await importCalendarEvents(db, preview.events);
      showToast({ tone: 'success', message: t('import.done', { ...result }) });
      onClose();
    } catch (error) {
      showToast({
        tone: 'error',
        message: t('import.failed', { message: (error as Error).message }),
      });
      setStep(preview);
    }
  };

  return (
    <ModalFrame title={t('import.title')} className="calendar-import" onClose={onClose}>
      {step.kind === 'choose' && (
        <>
          <p>{t('import.intro')}</p>
          {step.problem && <p role="alert">{step.problem}</p>}
          <div className="modal__actions">
            <button type="button" className="button button--primary" onClick={() => void choose()}>
              {t('import.choose')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('import.cancel')}
            </button>
          </div>
          {platform.kind === 'web' && (
            <input
              ref={inputRef}
              type="file"
              hidden
              aria-label={t('import.inputLabel')}
              accept=".ics,.ical,.ifb,text/calendar"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (!file) return;
                if (file.size > MAX_CALENDAR_BYTES) {
                  setStep({ kind: 'choose', problem: t('import.tooLarge') });
                  return;
                }
                void file.arrayBuffer().then((buffer) => read(file.name, new Uint8Array(buffer)));
              }}
            />
          )}
        </>
      )}
      {(step.kind === 'reading' || step.kind === 'importing') && (
        <p role="status">{t(step.kind === 'reading' ? 'import.reading' : 'import.importing')}</p>
      )}
      {step.kind === 'failed' && (
        <>
          <p role="alert">
            {t('import.unreadable', { name: step.fileName, message: step.message })}
          </p>
          <div className="modal__actions">
            <button type="button" className="button" onClick={() => setStep({ kind: 'choose' })}>
              {t('import.chooseAnother')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('import.cancel')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'preview' && (
        <CalendarImportPreview
          preview={step}
          onImport={() => void commit(step)}
          onCancel={onClose}
        />
      )}
    </ModalFrame>
  );
}
