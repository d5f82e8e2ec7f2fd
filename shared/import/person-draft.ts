// Building person drafts from the pieces import files give. Decisions, shared by all formats:
// - A person needs a name or an e-mail. With only an e-mail, the address becomes the display name
//   (so a bare card from a phone is imported, not lost); with neither, the row is rejected.
// - Readings are stored in hiragana (katakana folded, as Japanese Excel rosters and vCards write
//   them in katakana and Google in either): one spelling per reading, so the same person's reading
//   from two sources matches and sorts alike. Search folds kana too, so nothing is lost.
// - A single full name ("Aiko Tanaka", "田中 愛子") is split at its one space: family first when
//   written in CJK script, given first otherwise; other names stay whole in displayName.
import { composeDisplayName, likelyNameOrder } from '../people/compose-display-name';
import { foldKatakanaToHiragana } from '../people/fold-kana';
import type { PersonDraft } from './import-record';

export interface DraftParts {
  displayName?: string;
  givenName?: string;
  familyName?: string;
  nameReading?: string;
  company?: string;
  role?: string;
  emails?: string[];
  phones?: string[];
  links?: string[];
  interests?: string[];
  notes?: string[];
}

/** Google's and others' multi-value cells: `a ::: b`. */
export function splitMultiValue(cell: string): string[] {
  return cell
    .split(':::')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function cleanList(values: string[] | undefined): string[] {
  const seen = new Set<string>();
  for (const value of values ?? []) {
    const trimmed = value.trim();
    if (trimmed !== '') seen.add(trimmed);
  }
  return [...seen];
}

export function splitFullName(fullName: string): { givenName: string; familyName: string } {
  const parts = fullName.trim().split(/[\s\u3000]+/);
  if (parts.length !== 2) return { givenName: '', familyName: '' };
  const [first, second] = parts as [string, string];
  return likelyNameOrder(first, second) === 'family-given'
    ? { familyName: first, givenName: second }
    : { givenName: first, familyName: second };
}

/** A draft from parts, or null when it has neither a name nor an e-mail. */
export function buildDraft(parts: DraftParts, source: string): PersonDraft | null {
  let givenName = parts.givenName?.trim() ?? '';
  let familyName = parts.familyName?.trim() ?? '';
  const fullName = parts.displayName?.trim() ?? '';
  if (givenName === '' && familyName === '' && fullName !== '') {
    ({ givenName, familyName } = splitFullName(fullName));
  }
  const nameOrder = likelyNameOrder(givenName, familyName || fullName);
  const emails = cleanList(parts.emails);
  const displayName =
    fullName || composeDisplayName(givenName, familyName, nameOrder) || (emails[0] ?? '');
  if (displayName === '') return null;
  return {
    displayName,
    givenName,
    familyName,
    nameReading: foldKatakanaToHiragana((parts.nameReading ?? '').trim().replace(/\s+/g, ' ')),
    nameOrder,
    company: parts.company?.trim() ?? '',
    role: parts.role?.trim() ?? '',
    location: '',
    languages: [],
    emails,
    phones: cleanList(parts.phones),
    links: cleanList(parts.links),
    interests: cleanList(parts.interests),
    offers: [],
    asks: [],
    notes: cleanList(parts.notes).join('\n'),
    keepInTouchDays: null,
    source,
  };
}

/** `Label: value` for a note line, or nothing when the value is blank. */
export function labelledNote(label: string, value: string | undefined): string[] {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? [] : [`${label}: ${trimmed}`];
}
