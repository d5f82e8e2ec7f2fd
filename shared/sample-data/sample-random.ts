// The generator's only source of randomness: mulberry32, a tiny fast 32-bit PRNG, so that one seed
// always gives the same data set (Math.random cannot be seeded). Not for anything secret.

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hexHalf(value: number): string {
  return HEX_BYTES[(value >>> 8) & 0xff] + HEX_BYTES[value & 0xff];
}

function hexWord(value: number): string {
  return hexHalf(value >>> 16) + hexHalf(value & 0xffff);
}

export class SampleRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, bound). */
  int(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** An RFC 4122 version-4-shaped id, deterministic for the seed. */
  uuid(): string {
    const a = this.word();
    const b = this.word();
    const c = this.word();
    const d = this.word();
    return (
      hexWord(a) +
      '-' +
      hexHalf(b >>> 16) +
      '-' +
      hexHalf(0x4000 | (b & 0x0fff)) +
      '-' +
      hexHalf(0x8000 | ((c >>> 16) & 0x3fff)) +
      '-' +
      hexHalf(c & 0xffff) +
      hexWord(d)
    );
  }

  private word(): number {
    return (this.next() * 4294967296) >>> 0;
  }
}

/**
 * Draws indexes 0…n-1 with probability proportional to 1/(rank+1)^exponent: a few items are
 * very common and there is a long tail, as with real interests and topics.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(size: number, exponent = 1) {
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank++) {
      total += 1 / (rank + 1) ** exponent;
      this.cumulative[rank] = total;
    }
    for (let rank = 0; rank < size; rank++) this.cumulative[rank] /= total;
  }

  sample(random: SampleRandom): number {
    const target = random.next();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
