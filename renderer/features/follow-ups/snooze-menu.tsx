// Snooze choices for one Today item: until tomorrow, for a week, or until a picked day (all
// counted in days of the user's time zone, the suggestion returns at that day's start).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userCalendar } from './user-calendar';

export function SnoozeMenu({
  now,
  onSnooze,
  onClose,
}: {
  now: number;
  onSnooze: (until: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('follow-ups');
  const calendar = userCalendar();
  const dateId = useId();
  const [day, setDay] = useState(() => calendar.dayKey(calendar.addDays(now, 2)));
  const picked = calendar.fromDayKey(day);
  return (
    <div
      className="snooze-menu"
      role="group"
      aria-label={t('snooze.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <button
        type="button"
        className="button"
        autoFocus
        onClick={() => onSnooze(calendar.addDays(now, 1))}
      >
        {t('snooze.oneDay')}
      </button>
      <button type="button" className="button" onClick={() => onSnooze(calendar.addDays(now, 7))}>
        {t('snooze.oneWeek')}
      </button>
      <label htmlFor={dateId} className="snooze-menu__date-label">
        {t('snooze.until')}
      </label>
      <input
        id={dateId}
        type="date"
        value={day}
        min={calendar.dayKey(calendar.addDays(now, 1))}
        onChange={(event) => setDay(event.target.value)}
      />
      <button
        type="button"
        className="button"
        disabled={picked === null || picked <= now}
        onClick={() => picked !== null && onSnooze(picked)}
      >
        {t('snooze.pick')}
      </button>
      <button type="button" className="button button--quiet" onClick={onClose}>
        {t('snooze.cancel')}
      </button>
    </div>
  );
}
