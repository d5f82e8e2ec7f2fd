// The languages introduction texts are written in, and list joining in each ("A, B and C" /
// 「A、B、C」) through Intl, never by hand.
export type MessageLanguage = 'en' | 'ja';

export function messageLanguageOf(language: string): MessageLanguage {
  return language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function joinList(language: MessageLanguage, items: readonly string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}
