// Every derived module, in the order they apply and rebuild: a module may read what the ones
// before it wrote in the same write (the latest interactions set people's lastContactAt, which
// the person fields and the contact-due queue follow; the Today queues' week counts come last).
// DERIVED_FORMAT is the version of all derived data together: change any module's output and
// bump it, and every database is rebuilt once at its next start (docs/architecture.md).
import type { RowDerivers } from '../write-transaction';
import type { DerivedModule } from './derived-module';
import { contactDueModule } from './contact-due';
import { eventMeetingsModule } from './event-meetings';
import { latestInteractionsModule } from './latest-interactions';
import { derivePersonFields, personFieldsModule } from './person-fields';
import { queueWeekCountsModule } from './queue-week-counts';
import { unansweredIntroductionsModule } from './unanswered-introductions';
import { volunteerFiguresModule } from './volunteer-figures';

export const DERIVED_FORMAT = 1;

export const DERIVED_MODULES: readonly DerivedModule[] = [
  // Before the person fields: lastContactAt is set before the contact-due date follows it.
  latestInteractionsModule,
  eventMeetingsModule,
  personFieldsModule,
  contactDueModule,
  unansweredIntroductionsModule,
  volunteerFiguresModule,
  // The queues' week counts last: every queue module before it reports what it changed.
  queueWeekCountsModule,
];

export const ROW_DERIVERS: RowDerivers = { people: derivePersonFields };
