// The printable roster: the event, its gaps, and each shift's people with their contact details,
// in the UI language. It is drawn over the app (in a portal on <body>) and printed with
// window.print(); roster-print.css leaves only it on paper. On the desktop, "Save as PDF" in the
// print dialog makes the PDF.
import { useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { HallwayEvent, Person, VolunteerShift } from '../../../../shared/domain/entities';
import type { RoleGap } from '../../../../shared/volunteers/roster-gaps';
import type { RosterSlot } from '../../../../shared/volunteers/roster-slots';
import { keepTabFocusInside } from '../../../app/focus-trap';
import { useModalFocus } from '../../../app/use-modal-focus';
import '../../../styles/roster-print.css';
import { useEventDateFormat } from '../../events/event-time';
import { useGapText } from './roster-gaps-summary';
import { useShiftTimeFormat } from './shift-time-format';

interface PrintableRosterProps {
  event: HallwayEvent;
  slots: readonly RosterSlot<VolunteerShift>[];
  gaps: readonly RoleGap[];
  people: ReadonlyMap<string, Person>;
  labelOfRole(role: string): string;
  onClose(): void;
}

export function PrintableRoster({
  event,
  slots,
  gaps,
  people,
  labelOfRole,
  onClose,
}: PrintableRosterProps) {
  const { t } = useTranslation('volunteers');
  const dates = useEventDateFormat();
  const times = useShiftTimeFormat();
  const gapText = useGapText(labelOfRole);
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  useModalFocus(dialogRef);

  return createPortal(
    <div
      ref={dialogRef}
      className="roster-print-view"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onKeyDown={(keyEvent) => {
        keepTabFocusInside(keyEvent);
        if (keyEvent.key === 'Escape') onClose();
      }}
    >
      <div className="roster-print-view__actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('roster.print.print')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('roster.print.close')}
        </button>
      </div>
      <article className="roster-print" data-testid="printable-roster">
        <h1 id={titleId}>{t('roster.print.title', { event: event.name })}</h1>
        <p>
          {dates.dateTime(event.startsAt)}
          {event.location && ` · ${event.location}`}
        </p>
        {gaps.length > 0 && <p className="roster-print__gaps">{gaps.map(gapText).join(' · ')}</p>}
        {slots.map((slot) => (
          <section key={slot.key} className="roster-print__slot">
            <h2>
              {labelOfRole(slot.role)} · {times.range(slot.startsAt, slot.endsAt)}
            </h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('roster.print.name')}</th>
                  <th scope="col">{t('roster.print.email')}</th>
                  <th scope="col">{t('roster.print.phone')}</th>
                  <th scope="col">{t('roster.print.status')}</th>
                  <th scope="col">{t('roster.print.checkIn')}</th>
                </tr>
              </thead>
              <tbody>
                {slot.assignments.map((shift) => {
                  const person = people.get(shift.personId);
                  return (
                    <tr key={shift.id}>
                      <td>
                        {person?.displayName ?? t('roster.unknownPerson')}
                        {person?.nameReading && (
                          <span className="roster-print__reading">{person.nameReading}</span>
                        )}
                      </td>
                      <td>{person?.emails.join(', ')}</td>
                      <td>{person?.phones.join(', ')}</td>
                      <td>{t(`roster.status.${shift.status}`)}</td>
                      <td className="roster-print__box" aria-hidden="true" />
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        ))}
      </article>
    </div>,
    document.body,
  );
}
