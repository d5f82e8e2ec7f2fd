// Some people's interactions (a person's are few), read inside a write through the [personId+at]
// index, all at once: what the derived modules look up again when the interaction a derived row
// stood on was changed or removed, rather than reading them for every interaction a write changed.
import Dexie from 'dexie';
import type { Interaction } from '../../../shared/domain/entities';
import type { WriteTransaction } from '../write-transaction';

export async function interactionsOfPeople(
  write: WriteTransaction,
  personIds: Iterable<string>,
): Promise<Map<string, Interaction[]>> {
  const ids = [...personIds];
  const found = await Promise.all(
    ids.map((personId) =>
      write.db.interactions
        .where('[personId+at]')
        .between([personId, Dexie.minKey], [personId, Dexie.maxKey])
        .toArray(),
    ),
  );
  return new Map(ids.map((personId, index) => [personId, found[index]]));
}
