// The printable roster: the event, its gaps, and each shift's people with their contact details,
// in the UI language, as a PrintSheet (renderer/app/print-sheet) over the app. On the desktop,
// "Save as PDF" in the print dialog makes the PDF.
import { useTranslation } from 'react-i18next';
import type { HallwayEvent, Person, VolunteerShift } from '../../../../shared/domain/entities';
import type { RoleGap } from '../../../../shared/volunteers/roster-gaps';
import type { RosterSlot } from '../../../../shared/volunteers/roster-slots';
import { PrintSheet } from '../../../app/print-sheet';
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

  return (
    <PrintSheet
      title={t('roster.print.title', { event: event.name })}
      subtitle={
        <>
          {dates.dateTime(event.startsAt)}
          {event.location && ` · ${event.location}`}
        </>
      }
      printLabel={t('roster.print.print')}
      closeLabel={t('roster.print.close')}
      className="roster-print"
      testId="printable-roster"
      onClose={onClose}
    >
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
    </PrintSheet>
  );
}
