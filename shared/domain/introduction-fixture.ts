// A live introduction made at 1, awaiting its outcome, for tests; override only what a case is about.
import { LIVE, type Introduction } from './entities';

export function introductionFixture(
  fields: Partial<Introduction> & Pick<Introduction, 'id'>,
): Introduction {
  return {
    aId: 'ada',
    bId: 'grace',
    reason: '',
    status: 'made',
    statusDates: {},
    madeAt: 1,
    outcome: '',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: LIVE,
    ...fields,
  };
}
