// "Topics growing in your network": for each month, how many of the people added that month have
// each topic among their interests, for the topics most of the range's new people share (a topic
// only a few people have, however fast it grows, stays off the chart). The repository hands over
// who was added in which month and who of them has which topic.
import type { MonthIndex } from './insight-months';

export const MAX_TOPICS_SHOWN = 5;

export interface TopicMonthCount {
  month: MonthIndex;
  topic: string;
  people: number;
}

/**
 * `addedIn`: the month each live person added in the range was added; `peopleWithTopic`: the ids of
 * the people with each topic. Every month of `months` gets a row per topic shown, zero included,
 * so the lines start and end with the range.
 */
export function topicsGrowing(
  addedIn: ReadonlyMap<string, MonthIndex>,
  peopleWithTopic: ReadonlyMap<string, readonly string[]>,
  months: readonly MonthIndex[],
): TopicMonthCount[] {
  const byTopic = new Map<string, Map<MonthIndex, number>>();
  const totals: [string, number][] = [];
  for (const [topic, ids] of peopleWithTopic) {
    const byMonth = new Map<MonthIndex, number>();
    let total = 0;
    for (const id of ids) {
      const month = addedIn.get(id);
      if (month === undefined) continue;
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
      total += 1;
    }
    if (total === 0) continue;
    byTopic.set(topic, byMonth);
    totals.push([topic, total]);
  }
  const shown = totals
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TOPICS_SHOWN)
    .map(([topic]) => topic);
  return shown.flatMap((topic) =>
    months.map((month) => ({ month, topic, people: byTopic.get(topic)!.get(month) ?? 0 })),
  );
}
