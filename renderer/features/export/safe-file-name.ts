// File names made from what the user typed (a person's or an event's name), without the
// characters file systems refuse.
const UNSAFE = '\\/:*?"<>|';

export function safeFileName(name: string, extension: string, fallback: string): string {
  const safe = [...name].map((char) => (char < ' ' || UNSAFE.includes(char) ? ' ' : char));
  const base = safe.join('').replace(/ {2,}/g, ' ').trim();
  return `${base || fallback}.${extension}`;
}
