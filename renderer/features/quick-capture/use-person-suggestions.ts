// Existing people whose name starts with what is typed, for linking instead of duplicating: a
// prefix range of the [deletedAt+sortName] index (readings first, kana folded, so やま finds
// 山田 with a reading) and a case-insensitive prefix of the displayName index (so "Aiko T" finds
// "Aiko Tanaka" whatever the reading). Only live people, at most `limit`, never a scan.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type Person } from '../../../shared/domain/entities';
import { foldKatakanaToHiragana } from '../../../shared/people/fold-kana';
import { useDatabase } from '../../app/database-context';

export const PERSON_SUGGESTION_LIMIT = 8;

export function sortNamePrefix(typed: string): string {
  return foldKatakanaToHiragana(typed.normalize('NFKC')).toLowerCase().trim().replace(/\s+/g, ' ');
}

export function usePersonSuggestions(typed: string, excludeIds: readonly string[]): Person[] {
  const db = useDatabase();
  const excluded = excludeIds.join('\n');
  const suggestions = useLiveQuery(async () => {
    const prefix = sortNamePrefix(typed);
    if (prefix === '') return [];
    const skip = new Set(excluded.split('\n'));
    const [bySortName, byDisplayName] = await Promise.all([
      db.people
        .where('[deletedAt+sortName]')
        .between([LIVE, prefix], [LIVE, prefix + '\uffff'])
        .limit(PERSON_SUGGESTION_LIMIT + skip.size)
        .toArray(),
      db.people
        .where('displayName')
        .startsWithIgnoreCase(typed.trim())
        .filter((person) => person.deletedAt === LIVE)
        .limit(PERSON_SUGGESTION_LIMIT + skip.size)
        .toArray(),
    ]);
    const found = new Map<string, Person>();
    for (const person of [...bySortName, ...byDisplayName]) {
      if (!skip.has(person.id)) found.set(person.id, person);
    }
    return [...found.values()].slice(0, PERSON_SUGGESTION_LIMIT);
  }, [db, typed, excluded]);
  return suggestions ?? [];
}
