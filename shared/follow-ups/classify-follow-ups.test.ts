import { describe, expect, it } from 'vitest';
import { classifyFollowUps } from './classify-follow-ups';
import type { SuggestedFollowUp } from './suggested-follow-up';
import { zonedCalendar } from './zoned-calendar';

const HOUR = 3_600_000;
const tokyo = zonedCalendar('Asia/Tokyo');
const losAngeles = zonedCalendar('America/Los_Angeles');
/** 2026-01-10 10:00 in Tokyo; 2026-01-09 17:00 in Los Angeles. */
const NOW = Date.UTC(2026, 0, 10, 1);

const due = (key: string, dueAt: number): SuggestedFollowUp => ({
  key,
  rule: 'cadence',
  personIds: [key],
  dueAt,
});

describe('classifyFollowUps', () => {
  it('sorts into overdue, due today and coming up by day in the user time zone', () => {
    const suggestions = [
      due('yesterday-late', tokyo.startOfDay(NOW) - 1),
      due('today-early', tokyo.startOfDay(NOW)),
      due('today-late', tokyo.addDays(NOW, 1) - 1),
      due('tomorrow', tokyo.addDays(NOW, 1)),
      due('in-seven-days', tokyo.addDays(NOW, 8) - 1),
      due('in-eight-days', tokyo.addDays(NOW, 8)),
    ];
    const sections = classifyFollowUps(suggestions, tokyo, NOW);
    expect(sections.overdue.map((item) => item.key)).toEqual(['yesterday-late']);
    expect(sections.dueToday.map((item) => item.key)).toEqual(['today-early', 'today-late']);
    expect(sections.comingUp.map((item) => item.key)).toEqual(['tomorrow', 'in-seven-days']);
  });

  it('puts the same instant on another day for another zone', () => {
    // 2026-01-10 09:00 UTC: 18:00 today in Tokyo, 01:00 tomorrow in Los Angeles.
    const item = due('ada', Date.UTC(2026, 0, 10, 9));
    expect(classifyFollowUps([item], tokyo, NOW).dueToday).toHaveLength(1);
    expect(classifyFollowUps([item], losAngeles, NOW).comingUp).toHaveLength(1);
    expect(classifyFollowUps([item], losAngeles, NOW + 20 * HOUR).dueToday).toHaveLength(1);
    expect(classifyFollowUps([item], tokyo, NOW + 20 * HOUR).overdue).toHaveLength(1);
  });

  it('orders each section by due date, then key', () => {
    const today = tokyo.startOfDay(NOW);
    const sections = classifyFollowUps(
      [due('b', today - 5), due('a', today - 5), due('c', today - 10)],
      tokyo,
      NOW,
    );
    expect(sections.overdue.map((item) => item.key)).toEqual(['c', 'a', 'b']);
  });
});
