// Everything the Insights screen shows, for the last `months` months and a series: the narrow
// reads (renderer/repositories/insights-repository), the pure aggregates, then the names of the
// few top volunteers. The screen and the benchmark's test hook both call this.
import { computeInsights, type Insights } from '../../../shared/insights/compute-insights';
import { lastMonths, type MonthRange } from '../../../shared/insights/insight-months';
import type { ZoneClock } from '../../../shared/time/zone-clock';
import type { HallwayDatabase } from '../../db/database';
import { readInsightsSource, readVolunteerNames } from '../../repositories/insights-repository';

export interface InsightsView extends Insights {
  range: MonthRange;
  volunteerNames: Map<string, string>;
  topicLabels: Map<string, string>;
}

export async function readInsights(
  db: HallwayDatabase,
  clock: ZoneClock,
  options: { months: number; series: string | null; now: number },
): Promise<InsightsView> {
  const range = lastMonths(clock, options.now, options.months);
  const source = await readInsightsSource(db, clock, range);
  const insights = computeInsights(source, clock, { range, series: options.series });
  const volunteerNames = await readVolunteerNames(
    db,
    insights.topVolunteers.map((volunteer) => volunteer.personId),
  );
  return { ...insights, range, volunteerNames, topicLabels: source.topicLabels };
}
