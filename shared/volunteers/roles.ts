// Volunteer roles. A shift stores its role as a key; the organizer keeps their own list of role
// definitions (key, label, people needed), seeded from the defaults below in the UI language.
// Rosters typed by hand or imported from a spreadsheet name roles in free text ("Photography",
// 「会場設営」), so roleKeyFor matches text against keys, labels in both languages and a few
// common aliases, after NFKC and case folding (full-width ＭＣ is MC).

export interface RoleDefinition {
  key: string;
  label: string;
  /** How many people the role needs at one event. */
  needed: number;
}

export type RoleLanguage = 'en' | 'ja';

interface DefaultRole {
  key: string;
  labels: Record<RoleLanguage, string>;
  needed: number;
  aliases: readonly string[];
}

export const DEFAULT_ROLES: readonly DefaultRole[] = [
  {
    key: 'reception',
    labels: { en: 'Reception', ja: '受付' },
    needed: 2,
    aliases: ['check-in', 'registration', 'front desk', '受付係', '受付担当'],
  },
  {
    key: 'setup',
    labels: { en: 'Setup', ja: '設営' },
    needed: 2,
    aliases: ['set-up', 'set up', 'venue setup', '会場設営', '準備', '会場準備'],
  },
  {
    key: 'photos',
    labels: { en: 'Photos', ja: '撮影' },
    needed: 1,
    aliases: ['photo', 'photography', 'photographer', 'camera', '写真', '写真撮影', 'カメラ'],
  },
  {
    key: 'mc',
    labels: { en: 'MC', ja: '司会' },
    needed: 1,
    aliases: ['host', 'emcee', 'master of ceremonies', '司会進行'],
  },
  {
    key: 'streaming',
    labels: { en: 'Streaming', ja: '配信' },
    needed: 1,
    aliases: ['av', 'a/v', 'live stream', 'live streaming', '配信担当', 'ライブ配信'],
  },
  {
    key: 'cleanup',
    labels: { en: 'Cleanup', ja: '撤収' },
    needed: 2,
    aliases: ['clean-up', 'clean up', 'teardown', '片付け', '後片付け'],
  },
  {
    key: 'timekeeper',
    labels: { en: 'Timekeeper', ja: 'タイムキーパー' },
    needed: 1,
    aliases: ['time keeper', 'timekeeping', 'タイムキープ'],
  },
  {
    key: 'catering',
    labels: { en: 'Catering', ja: '飲食' },
    needed: 1,
    aliases: ['food', 'food and drinks', 'ケータリング', '飲食担当'],
  },
  {
    key: 'speaker-liaison',
    labels: { en: 'Speaker liaison', ja: '登壇者対応' },
    needed: 1,
    aliases: ['speakers', 'speaker care', 'スピーカー対応'],
  },
];

/** The default role list for a new organizer, labelled in their language. */
export function defaultRoleDefinitions(language: RoleLanguage): RoleDefinition[] {
  return DEFAULT_ROLES.map(({ key, labels, needed }) => ({ key, label: labels[language], needed }));
}

function foldRoleText(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * The key of the role `text` names: one of the organizer's definitions (by key or label) first,
 * then a default role (by key, English or Japanese label, or alias). Null when nothing matches,
 * so the caller can offer to add the role.
 */
export function roleKeyFor(text: string, definitions: readonly RoleDefinition[]): string | null {
  const folded = foldRoleText(text);
  if (folded === '') return null;
  const own = definitions.find(
    (role) => foldRoleText(role.key) === folded || foldRoleText(role.label) === folded,
  );
  if (own) return own.key;
  const fallback = DEFAULT_ROLES.find((role) =>
    [role.key, role.labels.en, role.labels.ja, ...role.aliases].some(
      (name) => foldRoleText(name) === folded,
    ),
  );
  return fallback?.key ?? null;
}

/** The label of a role key: the organizer's own, else the default's, else the key itself. */
export function roleLabel(
  key: string,
  definitions: readonly RoleDefinition[],
  language: RoleLanguage,
): string {
  return (
    definitions.find((role) => role.key === key)?.label ??
    DEFAULT_ROLES.find((role) => role.key === key)?.labels[language] ??
    key
  );
}
