// Version 11: the Today view counts and pages through its two long lists by primary key instead
// of reading every row (IndexedDB counts a primary-key range several times faster than an index
// range, and reads a page of it without touching the rest). contactDueByDate holds the
// contactDue rows keyed by [dueAt, personId]; unansweredMeetings holds, keyed by [at, personId],
// each person whose newest live interaction is a meeting at an event. They are kept on write
// (renderer/data/derived/contact-due, latest-interaction-middleware); the indexes they replace go.
// latestInteractions rows also hold each person's newest noted interaction (what Today shows as
// the last thing said), found here once by reading every interaction.
import { LIVE, type Interaction } from '../../../shared/domain/entities';
import type { ContactDueRow } from '../../../shared/follow-ups/keep-in-touch-rule';
import {
  isNewerInteraction,
  latestInteractionRow,
  latestInteractionStamp,
  unansweredMeetingOf,
  type LatestInteraction,
  type NotedStamp,
  type UnansweredMeeting,
} from '../../../shared/follow-ups/latest-interaction';
import type { Migration } from './migration';

export const v011TodayQueues: Migration = {
  version: 11,
  stores: {
    contactDue: 'personId',
    latestInteractions: 'personId',
    contactDueByDate: '[dueAt+personId]',
    unansweredMeetings: '[at+personId]',
  },
  upgrade: async (tx) => {
    const due = await tx.table<ContactDueRow, string>('contactDue').toArray();
    await tx.table('contactDueByDate').bulkPut(due);
    const noted = new Map<string, NotedStamp>();
    await tx.table<Interaction, string>('interactions').each((interaction) => {
      if (interaction.deletedAt !== LIVE || interaction.note.trim() === '') return;
      const current = noted.get(interaction.personId);
      if (!current || isNewerInteraction(interaction, current)) {
        noted.set(interaction.personId, interaction);
      }
    });
    const latest = await tx.table<LatestInteraction, string>('latestInteractions').toArray();
    const rows = latest.map((row) =>
      latestInteractionRow(latestInteractionStamp(row), noted.get(row.personId)),
    );
    await tx.table('latestInteractions').bulkPut(rows);
    const meetings: UnansweredMeeting[] = rows.flatMap((row) => unansweredMeetingOf(row) ?? []);
    await tx.table('unansweredMeetings').bulkPut(meetings);
  },
};
