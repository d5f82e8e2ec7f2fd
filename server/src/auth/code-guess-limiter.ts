// Limits guessing of one-time codes (pairing and invitation). A code is one of 32⁸ ≈ 10¹², so
// guessing only pays with very many tries; this keeps them few. Failed redemptions are counted
// over a sliding window, per remote address and for the whole server: once an address has
// `perAddress` failures in the window it is refused (HTTP 429) before its code is even looked up,
// and once the server has `overall` failures in the window everyone is, until the oldest age
// out. The overall limit stops guessing spread over many addresses; set well above one address's
// so that a typo elsewhere never blocks a user. Successes are not counted. Kept in memory, like
// the codes: at most `overall` failures are remembered, since refused tries are not counted.
export interface CodeGuessLimits {
  perAddress: number;
  overall: number;
  windowMs: number;
}

export const DEFAULT_CODE_GUESS_LIMITS: CodeGuessLimits = {
  perAddress: 10,
  overall: 100,
  windowMs: 10 * 60 * 1000,
};

export class CodeGuessLimiter {
  /** Times of failures in the window, oldest first, with their address. */
  private failures: { at: number; address: string }[] = [];

  constructor(
    private readonly limits: CodeGuessLimits,
    private readonly now: () => number,
  ) {}

  /** False when this address, or the server as a whole, used up its failures in the window. */
  allows(address: string): boolean {
    this.forgetOld();
    if (this.failures.length >= this.limits.overall) return false;
    const fromAddress = this.failures.filter((failure) => failure.address === address).length;
    return fromAddress < this.limits.perAddress;
  }

  recordFailure(address: string): void {
    this.forgetOld();
    this.failures.push({ at: this.now(), address });
  }

  private forgetOld(): void {
    const since = this.now() - this.limits.windowMs;
    const firstKept = this.failures.findIndex(({ at }) => at > since);
    this.failures = firstKept === -1 ? [] : this.failures.slice(firstKept);
  }
}
