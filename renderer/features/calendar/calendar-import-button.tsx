// The Events screen's "Import calendar…" button and the dialog it opens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarImportDialog } from './calendar-import-dialog';

export function CalendarImportButton() {
  const { t } = useTranslation('event-prep');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('import.button')}
      </button>
      {open && <CalendarImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
