// Version 7: what the Today view reads, as small rows kept on write instead of wide rows read in
// bulk. contactDue holds each live person's keep-in-touch due date (replacing the people index
// [deletedAt+nextContactDueAt], whose full person rows were slow to read at 50,000 people);
// latestInteractions holds each person's newest live interaction, indexed by meetingAt when it is
// a meeting at an event (rule 1 read a month of interactions before). Both are kept on write
// (renderer/data/derived/contact-due, latest-interaction-middleware); the upgrade fills them
// once. events gets [series+startsAt], so rule 5 reads only a series' last few events.
import { LIVE, type Interaction, type Person } from '../../../shared/domain/entities';
import type { ContactDueRow } from '../../../shared/follow-ups/keep-in-touch-rule';
import {
  isNewerInteraction,
  latestInteractionRow,
  type InteractionStamp,
} from '../../../shared/follow-ups/latest-interaction';
import type { Migration } from './migration';

export const v007FollowUpTables: Migration = {
  version: 7,
  stores: {
    people:
      'id, displayName, nameReading, company, *interests, *offers, *asks, *emailKeys, *linkKeys, *nameKeys, updatedAt, deletedAt, [deletedAt+sortName], [deletedAt+createdAt], [deletedAt+lastContactAt]',
    events:
      'id, startsAt, series, name, updatedAt, deletedAt, [deletedAt+startsAt], [series+startsAt]',
    contactDue: 'personId, dueAt',
    latestInteractions: 'personId, meetingAt',
  },
  upgrade: async (tx) => {
    const due: ContactDueRow[] = [];
    await tx.table<Person, string>('people').each((person) => {
      const dueAt = person.nextContactDueAt ?? 0;
      if (person.deletedAt === LIVE && dueAt > 0) due.push({ personId: person.id, dueAt });
    });
    await tx.table<ContactDueRow, string>('contactDue').bulkPut(due);

    const newest = new Map<string, InteractionStamp>();
    await tx.table<Interaction, string>('interactions').each((interaction) => {
      if (interaction.deletedAt !== LIVE) return;
      const current = newest.get(interaction.personId);
      if (!current || isNewerInteraction(interaction, current)) {
        newest.set(interaction.personId, interaction);
      }
    });
    await tx
      .table('latestInteractions')
      .bulkPut([...newest.values()].map((interaction) => latestInteractionRow(interaction)));
  },
};
