// Catching up with a table from a watermark on `updatedAt`: the rows changed since the last
// catch-up are those at or above the newest `updatedAt` seen, less the ones already seen at
// exactly that time (a later write in the same millisecond still gets through). The approach of
// the search index sync, for any worker that mirrors a table.
import type { Table } from 'dexie';

interface Stamped {
  id: string;
  updatedAt: number;
}

export class UpdatedAtWatermark {
  private watermark = 0;
  private seenAtWatermark = new Set<string>();

  /** Records rows as seen (after a full read or a catch-up). */
  advance(rows: readonly Stamped[]): void {
    for (const { id, updatedAt } of rows) {
      if (updatedAt > this.watermark) {
        this.watermark = updatedAt;
        this.seenAtWatermark = new Set();
      }
      if (updatedAt === this.watermark) this.seenAtWatermark.add(id);
    }
  }

  /** The rows written since the rows last recorded; records them. */
  async changedSince<T extends Stamped, TInsert>(table: Table<T, string, TInsert>): Promise<T[]> {
    const rows = await table.where('updatedAt').aboveOrEqual(this.watermark).toArray();
    const changed = rows.filter(
      (row) => row.updatedAt > this.watermark || !this.seenAtWatermark.has(row.id),
    );
    this.advance(changed);
    return changed;
  }
}
