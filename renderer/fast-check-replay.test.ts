import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastCheckReplayParameters } from './fast-check-replay';

const failsAboveForty = fc.property(fc.integer({ min: 0, max: 1000 }), (n) => n <= 40);

describe('replaying a failed property', () => {
  it('reports the seed and path of a failure, and the same seed and path replay it', () => {
    const first = fc.check(failsAboveForty);
    expect(first.failed).toBe(true);
    expect(fc.defaultReportMessage(first)).toContain(`seed: ${first.seed}`);

    const replay = fastCheckReplayParameters({
      FC_SEED: String(first.seed),
      FC_PATH: first.counterexamplePath ?? undefined,
    });
    const again = fc.check(failsAboveForty, replay);
    expect(again.failed).toBe(true);
    expect(again.counterexample).toEqual(first.counterexample);
    expect(again.numRuns).toBe(1);
  });

  it('leaves properties random without FC_SEED and refuses a seed that is not a number', () => {
    expect(fastCheckReplayParameters({})).toBeUndefined();
    expect(() => fastCheckReplayParameters({ FC_SEED: 'abc' })).toThrow(/FC_SEED/);
  });
});
