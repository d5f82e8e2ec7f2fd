import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HybridClock } from './hybrid-clock';
import { compareStamps, formatStamp } from './stamp';

describe('the hybrid logical clock', () => {
  it('never goes backwards, and stamps after every stamp it observed, whatever the wall clock', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ wall: fc.integer({ min: 0, max: 50 }) }),
            fc.record({
              seen: fc.record({
                ms: fc.integer({ min: 0, max: 60 }),
                counter: fc.integer({ min: 0, max: 5 }),
                deviceId: fc.constantFrom('a', 'z'),
              }),
            }),
          ),
          { maxLength: 40 },
        ),
        (events) => {
          let wall = 0;
          const clock = new HybridClock('m', () => wall);
          let last = '';
          let highestSeen = '';
          for (const event of events) {
            if ('wall' in event) wall = event.wall;
            else {
              highestSeen = formatStamp(event.seen);
              clock.observe(highestSeen);
            }
            const next = clock.next();
            if (last) expect(compareStamps(next, last)).toBeGreaterThan(0);
            if (highestSeen) expect(compareStamps(next, highestSeen)).toBeGreaterThan(0);
            last = next;
          }
        },
      ),
    );
  });

  it('orders stamps as (time, counter, device), not as text', () => {
    expect(
      compareStamps(formatStamp({ ms: 36, counter: 0, deviceId: 'a' }), '9.0.z'),
    ).toBeGreaterThan(0);
    expect(compareStamps('1.a.a', '1.2.z')).toBeGreaterThan(0);
    expect(compareStamps('1.2.a', '1.2.b')).toBeLessThan(0);
  });

  it('takes up where it was after a restart, through the saved stamp', () => {
    const before = new HybridClock('m', () => 1_000);
    before.next();
    const saved = before.next();
    const after = new HybridClock('m', () => 10);
    after.observe(saved);
    expect(compareStamps(after.next(), saved)).toBeGreaterThan(0);
  });
});
