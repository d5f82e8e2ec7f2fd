// Asks before adding sample data to a database that already holds people. Mounted once in the
// layout, since the palette command can ask from any screen.
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { useFormatters } from '../../i18n/format';
import { useSampleDataStore } from './sample-data-store';
import { SAMPLE_DATA_OPTIONS, useSampleData } from './use-sample-data';

export function SampleDataConfirmDialog() {
  const state = useSampleDataStore();
  if (state.phase !== 'confirming') return null;
  return <SampleDataConfirmation existingPeople={state.existingPeople} />;
}

function SampleDataConfirmation({ existingPeople }: { existingPeople: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { confirm, cancel } = useSampleData();
  return (
    <ConfirmDialog
      title={t('sampleData.confirmTitle')}
      body={t('sampleData.confirmBody', {
        count: existingPeople,
        formattedCount: format.number(existingPeople),
        formattedSample: format.number(SAMPLE_DATA_OPTIONS.people),
      })}
      confirmLabel={t('sampleData.confirm')}
      cancelLabel={t('sampleData.cancel')}
      onConfirm={() => void confirm()}
      onCancel={cancel}
      tone="primary"
    />
  );
}
