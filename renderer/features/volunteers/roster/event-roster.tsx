// The event page's "Volunteers" section: the roles this event needs, the gaps at a glance, its
// shifts with the people on them, and the ways in and out — add a shift, the attendance checklist
// after the event, the printable roster, the organizer's role list, importing a roster
// spreadsheet — and, beside the gaps, who to ask next for them.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallwayEvent } from '../../../../shared/domain/entities';
import { eventRoleDefinitions } from '../../../../shared/volunteers/event-roles';
import { rosterGaps } from '../../../../shared/volunteers/roster-gaps';
import { rosterSlots } from '../../../../shared/volunteers/roster-slots';
import { roleLabel } from '../../../../shared/volunteers/roles';
import { useRegisterCommands } from '../../../app/commands/command-registry';
import '../../../styles/roster.css';
import { RosterImportButton } from '../roster-import-button';
import { WhoToAskNext } from '../who-to-ask-next';
import { AddShiftForm } from './add-shift-form';
import { AttendanceChecklist } from './attendance-checklist';
import { EventRoleNeeds } from './event-role-needs';
import { OrganizerRolesDialog } from './organizer-roles-dialog';
import { PrintableRoster } from './printable-roster';
import { RosterGapsSummary } from './roster-gaps-summary';
import { RosterHoursSummary } from './roster-hours-summary';
import { RosterSlot } from './roster-slot';
import { useEventRoster } from './use-event-roster';
import { useOrganizerRoles } from './use-organizer-roles';

type Panel = 'add' | 'roles' | 'checklist' | 'print' | null;

export function EventRoster({ event }: { event: HallwayEvent }) {
  const { t } = useTranslation('volunteers');
  const roster = useEventRoster(event.id);
  const organizer = useOrganizerRoles();
  const [panel, setPanel] = useState<Panel>(null);
  const close = () => setPanel(null);

  const hasShifts = (roster?.shifts.length ?? 0) > 0;
  const commands = useMemo(() => {
    const section = t('roster.title');
    const open = (id: Exclude<Panel, null>, title: string) => ({
      id: `roster.${id}`,
      title,
      section,
      run: () => setPanel(id),
    });
    return [
      open('add', t('roster.addShift')),
      ...(hasShifts
        ? [open('checklist', t('roster.checklist.open')), open('print', t('roster.print.open'))]
        : []),
    ];
  }, [t, hasShifts]);
  useRegisterCommands(commands);

  const view = useMemo(() => {
    if (!roster || !organizer) return undefined;
    const { roles, language } = organizer;
    const eventRoles = eventRoleDefinitions(event.volunteerRoles, roles, language);
    const others = roles.filter((role) => !eventRoles.some((listed) => listed.key === role.key));
    return {
      eventRoles,
      shiftRoles: [...eventRoles, ...others],
      labelOf: (key: string) => roleLabel(key, roles, language),
      gaps: rosterGaps(eventRoles, roster.shifts),
      slots: rosterSlots(
        roster.shifts,
        eventRoles.map((role) => role.key),
      ),
    };
  }, [roster, organizer, event.volunteerRoles]);

  return (
    <section className="event-section roster" aria-labelledby="event-roster-title">
      <h2 id="event-roster-title">{t('roster.title')}</h2>
      {roster && organizer && view && (
        <>
          <div className="roster__toolbar">
            <button
              type="button"
              className="button button--primary"
              onClick={() => setPanel('add')}
            >
              {t('roster.addShift')}
            </button>
            <button
              type="button"
              className="button"
              disabled={roster.shifts.length === 0}
              onClick={() => setPanel('checklist')}
            >
              {t('roster.checklist.open')}
            </button>
            <button
              type="button"
              className="button"
              disabled={roster.shifts.length === 0}
              onClick={() => setPanel('print')}
            >
              {t('roster.print.open')}
            </button>
            <RosterImportButton eventId={event.id} />
          </div>
          <EventRoleNeeds
            event={event}
            eventRoles={view.eventRoles}
            organizerRoles={organizer.roles}
            onEditRoleList={() => setPanel('roles')}
          />
          <RosterGapsSummary gaps={view.gaps} labelOfRole={view.labelOf} />
          {view.gaps.some((gap) => gap.unasked > 0) && <WhoToAskNext eventId={event.id} />}
          {panel === 'add' && <AddShiftForm event={event} roles={view.shiftRoles} onDone={close} />}
          {view.slots.length === 0 && panel !== 'add' && (
            <div className="roster__empty">
              <p>{t('roster.emptyTitle')}</p>
              <p className="muted">{t('roster.emptyBody')}</p>
            </div>
          )}
          <ol className="roster__slots">
            {view.slots.map((slot) => (
              <RosterSlot
                key={slot.key}
                eventId={event.id}
                slot={slot}
                roles={view.shiftRoles}
                people={roster.people}
                overlaps={roster.overlaps}
                labelOfRole={view.labelOf}
              />
            ))}
          </ol>
          <RosterHoursSummary shifts={roster.shifts} />
          {panel === 'roles' && <OrganizerRolesDialog roles={organizer.roles} onClose={close} />}
          {panel === 'checklist' && (
            <AttendanceChecklist
              slots={view.slots}
              people={roster.people}
              labelOfRole={view.labelOf}
              onClose={close}
            />
          )}
          {panel === 'print' && (
            <PrintableRoster
              event={event}
              slots={view.slots}
              gaps={view.gaps}
              people={roster.people}
              labelOfRole={view.labelOf}
              onClose={close}
            />
          )}
        </>
      )}
    </section>
  );
}
