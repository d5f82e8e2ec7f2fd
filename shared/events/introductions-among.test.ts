import { describe, expect, it } from 'vitest';
import { pairKey } from '../suggestions/introduction-profile';
import { suggestIntroductionsAmong } from './introductions-among';

const profile = (
  id: string,
  topics: Partial<Record<'interests' | 'offers' | 'asks', string[]>>,
) => ({
  id,
  interests: topics.interests ?? [],
  offers: topics.offers ?? [],
  asks: topics.asks ?? [],
  languages: [],
  location: '',
});

describe('suggestIntroductionsAmong', () => {
  const people = [
    profile('asker', { asks: ['rust'], offers: ['design'] }),
    profile('offerer', { offers: ['rust'], asks: ['design'] }),
    profile('fan', { interests: ['rust'], asks: ['rust'] }),
  ];

  it('suggests each pair once, the reciprocal match first, with the event as context', () => {
    const suggestions = suggestIntroductionsAmong(people, 'e1', new Set());
    expect(suggestions.map((s) => pairKey(s.personId, s.candidateId))).toEqual([
      pairKey('asker', 'offerer'),
      pairKey('fan', 'offerer'),
    ]);
    expect(suggestions[0]).toMatchObject({ tier: 2 });
    expect(suggestions[0].reasons.sharedUpcomingEventIds).toEqual(['e1']);
  });

  it('leaves out pairs already introduced or dismissed', () => {
    const suggestions = suggestIntroductionsAmong(
      people,
      'e1',
      new Set([pairKey('asker', 'offerer')]),
    );
    expect(suggestions.map((s) => pairKey(s.personId, s.candidateId))).toEqual([
      pairKey('fan', 'offerer'),
    ]);
  });
});
