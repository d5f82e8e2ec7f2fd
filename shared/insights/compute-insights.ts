// Every chart of the Insights screen from what the repository read (renderer/repositories/
// insights-repository), for one time range and series: one pure step, so the screen, its test
// hook and the benchmark compute exactly the same thing.
import type { ZoneClock } from '../time/zone-clock';
import {
  followUpsByMonth,
  type FollowUpMonthCount,
  type InsightFollowUp,
} from './follow-ups-by-month';
import { instantsOf, monthsOf, type MonthIndex, type MonthRange } from './insight-months';
import {
  introductionsOverTime,
  type InsightIntroduction,
  type StepMonthCount,
} from './introductions-over-time';
import { peopleMetByMonth, type InsightEvent, type SeriesMonthCount } from './people-met-by-month';
import { topicsGrowing, type TopicMonthCount } from './topics-growing';
import {
  busiestVolunteerSeries,
  topVolunteers,
  volunteerHoursByEvent,
  type EventHours,
  type InsightShift,
  type VolunteerHours,
} from './volunteer-hours';

export interface InsightsFilter {
  range: MonthRange;
  /** null: every series. */
  series: string | null;
}

export interface InsightsInput {
  events: readonly InsightEvent[];
  peopleMetAt: ReadonlyMap<string, number>;
  introductions: readonly InsightIntroduction[];
  followUps: readonly InsightFollowUp[];
  shifts: readonly InsightShift[];
  addedIn: ReadonlyMap<string, MonthIndex>;
  peopleWithTopic: ReadonlyMap<string, readonly string[]>;
}

export interface Insights {
  peopleMet: SeriesMonthCount[];
  introductions: StepMonthCount[];
  followUps: FollowUpMonthCount[];
  eventHours: EventHours[];
  /** The series whose top volunteers are shown (the filter's, or the busiest), null if none. */
  volunteerSeries: string | null;
  topVolunteers: VolunteerHours[];
  topics: TopicMonthCount[];
  /** Every series of a live event, sorted: the series filter's options. */
  seriesNames: string[];
}

export function computeInsights(
  input: InsightsInput,
  clock: ZoneClock,
  filter: InsightsFilter,
): Insights {
  const { range, series } = filter;
  const [from, to] = instantsOf(clock, range);
  const eventsById = new Map(input.events.map((event) => [event.id, event]));
  const scope = { from, to, series };
  const volunteerSeries = series ?? busiestVolunteerSeries(input.shifts, eventsById, scope);
  return {
    peopleMet: peopleMetByMonth(input.events, input.peopleMetAt, clock, range, series),
    introductions: introductionsOverTime(input.introductions, clock, range),
    followUps: followUpsByMonth(input.followUps, clock, range),
    eventHours: volunteerHoursByEvent(input.shifts, eventsById, scope),
    volunteerSeries,
    topVolunteers:
      volunteerSeries === null
        ? []
        : topVolunteers(input.shifts, eventsById, { from, to, series: volunteerSeries }),
    topics: topicsGrowing(input.addedIn, input.peopleWithTopic, monthsOf(range)),
    seriesNames: [...new Set(input.events.map((event) => event.series))]
      .filter((name) => name !== '')
      .sort((a, b) => a.localeCompare(b)),
  };
}
