// A max-heap of candidate positions by key, ties going to the lower position (positions follow
// id order, as the ranking's tie-break does), built in O(n) and popped only as far as needed:
// the engine stops as soon as the best remaining upper bound cannot enter the top K.
export class CandidateHeap {
  private readonly positions: Int32Array;
  private readonly keys: Float64Array;
  private size = 0;

  constructor(capacity: number) {
    this.positions = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
  }

  fill(positions: Int32Array, count: number, keyOf: (position: number) => number): void {
    this.size = count;
    for (let i = 0; i < count; i++) {
      this.positions[i] = positions[i]!;
      this.keys[i] = keyOf(positions[i]!);
    }
    for (let i = (count >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  get isEmpty(): boolean {
    return this.size === 0;
  }

  peekKey(): number {
    return this.keys[0]!;
  }

  peekPosition(): number {
    return this.positions[0]!;
  }

  private ranksAbove(i: number, j: number): boolean {
    const { keys, positions } = this;
    return keys[i]! > keys[j]! || (keys[i] === keys[j] && positions[i]! < positions[j]!);
  }

  pop(): number {
    const top = this.positions[0]!;
    this.size--;
    this.positions[0] = this.positions[this.size]!;
    this.keys[0] = this.keys[this.size]!;
    this.siftDown(0);
    return top;
  }

  private siftDown(start: number): void {
    const { positions, keys, size } = this;
    let at = start;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) return;
      const right = left + 1;
      const larger = right < size && this.ranksAbove(right, left) ? right : left;
      if (!this.ranksAbove(larger, at)) return;
      [positions[at], positions[larger]] = [positions[larger]!, positions[at]!];
      [keys[at], keys[larger]] = [keys[larger]!, keys[at]!];
      at = larger;
    }
  }
}
