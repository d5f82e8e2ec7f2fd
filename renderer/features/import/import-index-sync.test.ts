// The search index and the introductions index follow an import like any other write: they catch
// up from the change feed, which lists every row the import writes or merges.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { writeImport } from '../../data/writes/import-writes';
import { createPerson } from '../../data/writes/people-writes';
import { SuggestionIndexSync } from '../introductions/suggestion-index-sync';
import { SearchIndexSync } from '../search/search-index-sync';
import { previewImportFile } from './preview-import-file';

let db: HallwayDatabase;
let search: SearchIndexSync;
beforeEach(async () => {
  db = new HallwayDatabase(`import-index-sync-${crypto.randomUUID()}`);
  await db.open();
  search = new SearchIndexSync(db, { persistDelayMs: 60_000 });
});
afterEach(async () => {
  search.dispose();
  await db.delete();
});

async function importFixture(name: string) {
  const bytes = readFileSync(new URL(`../../../shared/import/fixtures/${name}`, import.meta.url));
  const preview = await previewImportFile(db, new Blob([bytes]), {}, () => undefined);
  if (preview.kind !== 'preview') throw new Error(JSON.stringify(preview));
  await writeImport(db, preview, new Map(), {}, () => undefined);
}

describe('indexes after an import', () => {
  it('find the people created and what was merged into people already known', async () => {
    const rei = await createPerson(db, { displayName: 'Rei Y.', emails: ['rei@example.com'] });
    await search.start();
    const suggestions = new SuggestionIndexSync(db);
    await suggestions.start();
    await importFixture('contacts.vcf');
    await search.refresh();
    expect(search.search('Jonas').map((hit) => hit.displayName)).toEqual(['Jonas Berg']);
    expect(search.search('Sakura Data').map((hit) => hit.id)).toEqual([rei.id]);
    const jonas = await db.people.where('displayName').equals('Jonas Berg').first();
    const anotherGopher = await createPerson(db, { displayName: 'Go Fan', interests: ['go'] });
    const found = await suggestions.suggestFor(anotherGopher.id, 5);
    expect(found.map((suggestion) => suggestion.candidateId)).toContain(jonas!.id);
  });
});
