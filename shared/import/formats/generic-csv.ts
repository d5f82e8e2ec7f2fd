// Any other CSV: the user maps columns to person fields, starting from a suggestion made from the
// header names (English and Japanese, case and spacing ignored). Several columns may map to one list
// field (two e-mail columns); a column mapped to `notes` keeps its header as the label, except a
// column that is itself called a note. Volunteer rosters map their role and shift columns here too.
import type { MapResult, VolunteerAssignment } from '../import-record';
import { mapRows, type RowOutcome } from '../map-rows';
import { buildDraft, labelledNote, splitMultiValue, type DraftParts } from '../person-draft';
import type { CsvRow } from '../read-csv';

export const GENERIC_SOURCE = 'import:csv';

export const MAPPING_TARGETS = [
  'displayName',
  'givenName',
  'familyName',
  'nameReading',
  'company',
  'role',
  'emails',
  'phones',
  'links',
  'interests',
  'notes',
  'volunteerRole',
  'volunteerShift',
  'ignore',
] as const;
export type MappingTarget = (typeof MAPPING_TARGETS)[number];

type ListTarget = 'emails' | 'phones' | 'links';
type TextTarget = Exclude<
  MappingTarget,
  ListTarget | 'interests' | 'notes' | 'volunteerRole' | 'volunteerShift' | 'ignore'
>;

/** Header → target. Headers not in the map are ignored. */
export type ColumnMapping = Record<string, MappingTarget>;

const HEADER_WORDS: [MappingTarget, string[]][] = [
  [
    'displayName',
    [
      'name',
      'full name',
      'display name',
      'fullname',
      '氏名',
      '名前',
      '表示名',
      '参加者名',
      'お名前',
    ],
  ],
  ['givenName', ['first name', 'given name', 'firstname', '名', '下の名前']],
  ['familyName', ['last name', 'family name', 'surname', 'lastname', '姓', '苗字']],
  [
    'nameReading',
    [
      'reading',
      'furigana',
      'kana',
      'phonetic name',
      'フリガナ',
      'ふりがな',
      'よみがな',
      '読み',
      'カナ',
      'かな',
    ],
  ],
  [
    'company',
    [
      'company',
      'organization',
      'organisation',
      'employer',
      '会社',
      '会社名',
      '所属',
      '勤務先',
      '組織',
    ],
  ],
  ['role', ['title', 'job title', 'position', 'job', '役職', '職種', '肩書き', '肩書']],
  [
    'emails',
    [
      'email',
      'e-mail',
      'email address',
      'e-mail address',
      'mail',
      'メール',
      'メールアドレス',
      'eメール',
    ],
  ],
  [
    'phones',
    ['phone', 'phone number', 'mobile', 'tel', 'telephone', '電話', '電話番号', '携帯', '携帯電話'],
  ],
  [
    'links',
    [
      'url',
      'website',
      'web',
      'homepage',
      'profile',
      'linkedin',
      'github',
      'twitter',
      'ウェブサイト',
      'ホームページ',
      'プロフィール',
    ],
  ],
  ['interests', ['interests', 'topics', 'tags', 'skills', '興味', '関心', 'タグ', 'スキル']],
  ['notes', ['notes', 'note', 'memo', 'comment', 'comments', 'メモ', '備考', 'コメント', 'ノート']],
  ['volunteerRole', ['volunteer role', 'duty', '役割', '担当', '係']],
  ['volunteerShift', ['shift', 'shift time', 'time slot', '担当時間', 'シフト', '時間帯']],
];

const HEADER_LOOKUP = new Map<string, MappingTarget>(
  HEADER_WORDS.flatMap(([target, words]) => words.map((word) => [word, target] as const)),
);

function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

/**
 * Numbered and compound columns of the contact exports (Google's `E-mail 2 - Value`,
 * `Organization 1 - Title`, `Family Name Yomi`; Outlook's `E-mail 2 Address`, `Mobile Phone`,
 * `Surname Yomi`; Japanese exports' `メールアドレス 2`, `姓（ふりがな）`), for files that fall to the
 * generic mapping. Matched on the header key (NFKC, lower case), after the exact words above.
 */
const HEADER_PATTERNS: [MappingTarget, RegExp][] = [
  ['emails', /^(e-?mail|メール|メールアドレス|電子メール ?アドレス)( ?\d+)?( - value| address)?$/],
  ['emails', /^e-?mail \d+ address$/],
  ['phones', /^phone( \d+)? - value$/],
  ['phones', /^(mobile|business|home|primary|other|work|cell) phone( \d+)?$/],
  ['phones', /^(電話|電話番号|携帯電話|勤務先電話|自宅電話)( ?\d+)?$/],
  ['company', /^organi[sz]ation( \d+)?( - name| name)$/],
  ['role', /^organi[sz]ation( \d+)?( - title| title)$/],
  ['links', /^(website|web page)( \d+)?( - value)?$/],
  ['nameReading', /^(yomi name|(given|family|first|last) name yomi|(given|surname) yomi)$/],
  ['nameReading', /^phonetic (first|last) name$/],
  ['nameReading', /^(姓|名)[(（](ふりがな|フリガナ|よみがな|カナ)[)）]$/],
];

function suggestTarget(header: string): MappingTarget {
  const key = headerKey(header);
  const exact = HEADER_LOOKUP.get(key);
  if (exact) return exact;
  return HEADER_PATTERNS.find(([, pattern]) => pattern.test(key))?.[0] ?? 'ignore';
}

export function suggestColumnMapping(headers: string[]): ColumnMapping {
  return Object.fromEntries(headers.map((header) => [header, suggestTarget(header)]));
}

const NOTE_TARGET_WORDS = new Set(HEADER_WORDS.find(([target]) => target === 'notes')![1]);

export function mapGenericRows(rows: CsvRow[], mapping: ColumnMapping): MapResult {
  return mapRows(rows, (values): RowOutcome => {
    const text: Record<TextTarget, string[]> = {
      displayName: [],
      givenName: [],
      familyName: [],
      nameReading: [],
      company: [],
      role: [],
    };
    const lists: Record<ListTarget, string[]> = { emails: [], phones: [], links: [] };
    const interests: string[] = [];
    const notes: string[] = [];
    const volunteer: VolunteerAssignment = { role: '', shift: '' };
    for (const [header, target] of Object.entries(mapping)) {
      const cell = (values[header] ?? '').trim();
      if (cell === '' || target === 'ignore') continue;
      if (target === 'volunteerRole') volunteer.role = cell;
      else if (target === 'volunteerShift') volunteer.shift = cell;
      else if (target === 'notes') {
        notes.push(
          ...(NOTE_TARGET_WORDS.has(headerKey(header)) ? [cell] : labelledNote(header, cell)),
        );
      } else if (target === 'interests') interests.push(...cell.split(/[,;、]/));
      else if (target === 'emails' || target === 'phones' || target === 'links') {
        lists[target].push(...splitMultiValue(cell));
      } else text[target].push(cell);
    }
    const parts: DraftParts = { ...lists, interests, notes };
    for (const [target, cells] of Object.entries(text))
      parts[target as TextTarget] = cells.join(' ');
    const person = buildDraft(parts, GENERIC_SOURCE);
    if (!person) return { rejected: 'no-name-or-email' };
    const hasVolunteering = volunteer.role !== '' || volunteer.shift !== '';
    return { record: hasVolunteering ? { person, volunteer } : { person } };
  });
}
