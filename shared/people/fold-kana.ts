// Katakana → hiragana, so ヤマダ and やまだ compare and sort as one reading. The katakana letters
// with a hiragana counterpart (ァ U+30A1 … ヶ U+30F6) sit exactly 0x60 above it; ー and ・ stay.
const KATAKANA_TO_HIRAGANA = 0x60;

export function foldKatakanaToHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - KATAKANA_TO_HIRAGANA),
  );
}
