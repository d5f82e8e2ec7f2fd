// The keep-in-touch cadence: a number of days, or none (empty).
import { useTranslation } from 'react-i18next';
import { EditableText } from './editable-text';

const MAX_DAYS = 3650;

export function KeepInTouchField({
  days,
  onSave,
}: {
  days: number | null;
  onSave(days: number | null): void;
}) {
  const { t } = useTranslation('person');
  return (
    <EditableText
      label={t('fields.keepInTouchDays')}
      type="number"
      value={days === null ? '' : String(days)}
      placeholder={t('fields.keepInTouchNone')}
      onSave={(text) => {
        const parsed = Number.parseInt(text, 10);
        onSave(Number.isFinite(parsed) && parsed >= 1 ? Math.min(parsed, MAX_DAYS) : null);
      }}
    />
  );
}
