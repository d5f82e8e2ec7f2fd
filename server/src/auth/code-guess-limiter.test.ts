// The code-guess limit on its own, with a clock the test moves: per address, overall, and the
// sliding window that lets an address try again once its failures age out.
import { describe, expect, it } from 'vitest';
import { CodeGuessLimiter } from './code-guess-limiter';

function limiter(perAddress = 3, overall = 5) {
  const clock = { now: 0 };
  const limits = { perAddress, overall, windowMs: 1_000 };
  return { clock, guesses: new CodeGuessLimiter(limits, () => clock.now) };
}

describe('CodeGuessLimiter', () => {
  it('refuses an address after its failures, not another address', () => {
    const { guesses } = limiter();
    for (let i = 0; i < 3; i += 1) {
      expect(guesses.allows('10.0.0.1')).toBe(true);
      guesses.recordFailure('10.0.0.1');
    }
    expect(guesses.allows('10.0.0.1')).toBe(false);
    expect(guesses.allows('10.0.0.2')).toBe(true);
  });

  it('refuses everyone once the server has its overall failures', () => {
    const { guesses } = limiter();
    for (const address of ['a', 'b', 'c', 'd', 'e']) guesses.recordFailure(address);
    expect(guesses.allows('f')).toBe(false);
    expect(guesses.allows('a')).toBe(false);
  });

  it('forgets failures older than the window, one by one', () => {
    const { clock, guesses } = limiter();
    guesses.recordFailure('a');
    clock.now = 400;
    guesses.recordFailure('a');
    guesses.recordFailure('a');
    expect(guesses.allows('a')).toBe(false);
    clock.now = 999;
    expect(guesses.allows('a')).toBe(false);
    clock.now = 1_000;
    expect(guesses.allows('a')).toBe(true);
    guesses.recordFailure('a');
    expect(guesses.allows('a')).toBe(false);
    clock.now = 1_400;
    expect(guesses.allows('a')).toBe(true);
  });
});
