// Every schema version, oldest first. Add a file per version; never edit a released one.
import type { Migration } from './migration';
import { v001Initial } from './v001-initial';
import { v002SearchIndex } from './v002-search-index';
import { v003NameKeys } from './v003-name-keys';
import { v004SortNameFolding } from './v004-sort-name-folding';
import { v005IntroductionDismissals } from './v005-introduction-dismissals';
import { v006ContactDue } from './v006-contact-due';
import { v007FollowUpTables } from './v007-follow-up-tables';
import { v008VolunteerFigures } from './v008-volunteer-figures';
import { v009EventMeetings } from './v009-event-meetings';
import { v010VolunteerNames } from './v010-volunteer-names';
import { v011TodayQueues } from './v011-today-queues';
import { v012VolunteerStandings } from './v012-volunteer-standings';
import { v013UnansweredIntroductions } from './v013-unanswered-introductions';
import { v014QueueWeekCounts } from './v014-queue-week-counts';
import { v015ChangeFeed } from './v015-change-feed';
import { v016DuplicateDismissals } from './v016-duplicate-dismissals';
import { v017Relationships } from './v017-relationships';
import { v018Sync } from './v018-sync';

export const migrations: readonly Migration[] = [
  v001Initial,
  v002SearchIndex,
  v003NameKeys,
  v004SortNameFolding,
  v005IntroductionDismissals,
  v006ContactDue,
  v007FollowUpTables,
  v008VolunteerFigures,
  v009EventMeetings,
  v010VolunteerNames,
  v011TodayQueues,
  v012VolunteerStandings,
  v013UnansweredIntroductions,
  v014QueueWeekCounts,
  v015ChangeFeed,
  v016DuplicateDismissals,
  v017Relationships,
  v018Sync,
];
