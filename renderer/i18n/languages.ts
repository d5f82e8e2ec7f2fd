// The UI languages Hallway ships, and how the system's preferred languages map onto them:
// any Japanese variant (ja, ja-JP) means Japanese, everything else falls back to English.
export const UI_LANGUAGES = ['en', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** What the user picked in Settings: a fixed language, or whatever the system prefers. */
export type LanguagePreference = UiLanguage | 'system';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export function languageFromSystem(preferred: readonly string[]): UiLanguage {
  const first = preferred.find((tag) => tag.trim() !== '');
  return first?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function resolveLanguage(
  preference: LanguagePreference,
  preferred: readonly string[],
): UiLanguage {
  return preference === 'system' ? languageFromSystem(preferred) : preference;
}
