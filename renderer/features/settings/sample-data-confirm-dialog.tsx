// Asks before adding sample data to a database that already holds people. Mounted once in the
// layout, since the palette command can ask from any screen.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { keepTabFocusInside } from '../../app/focus-trap';
import { useFormatters } from '../../i18n/format';
import { useSampleDataStore } from './sample-data-store';
import { SAMPLE_DATA_OPTIONS, useSampleData } from './use-sample-data';

export function SampleDataConfirmDialog() {
  const state = useSampleDataStore();
  if (state.phase !== 'confirming') return null;
  return <ConfirmDialog existingPeople={state.existingPeople} />;
}

function ConfirmDialog({ existingPeople }: { existingPeople: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { confirm, cancel } = useSampleData();
  const titleId = useId();
  const bodyId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const returnFocusTo = document.activeElement;
    cancelRef.current?.focus();
    return () => {
      if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
    };
  }, []);

  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onKeyDown={(event) => {
          keepTabFocusInside(event);
          if (event.key === 'Escape') {
            event.stopPropagation();
            cancel();
          }
        }}
      >
        <h2 id={titleId}>{t('sampleData.confirmTitle')}</h2>
        <p id={bodyId}>
          {t('sampleData.confirmBody', {
            count: existingPeople,
            formattedCount: format.number(existingPeople),
            formattedSample: format.number(SAMPLE_DATA_OPTIONS.people),
          })}
        </p>
        <div className="modal__actions">
          <button ref={cancelRef} type="button" className="button" onClick={cancel}>
            {t('sampleData.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void confirm()}>
            {t('sampleData.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
