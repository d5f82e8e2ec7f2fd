// The drafted message that introduces two people to each other, from what the user knows of them:
// names, what each does, what one offers that the other looks for, where the user met them, and
// the reason noted for the introduction. English is friendly and short; Japanese uses a polite
// business register (お世話になっております … どうぞよろしくお願いいたします). The user edits the
// draft before sending it, so missing facts are simply left out rather than guessed.
import { joinList, type MessageLanguage } from './message-language';

export interface DraftPerson {
  name: string;
  role: string;
  company: string;
  /** Topic labels. */
  offers: readonly string[];
  asks: readonly string[];
  interests: readonly string[];
  /** Name of the event where the user last met them, if any. */
  lastMetAt: string | null;
}

export interface DraftInput {
  language: MessageLanguage;
  a: DraftPerson;
  b: DraftPerson;
  reason: string;
}

function common(x: readonly string[], y: readonly string[]): string[] {
  const wanted = new Set(y.map((item) => item.toLowerCase()));
  return x.filter((item) => wanted.has(item.toLowerCase()));
}

function englishWork({ role, company }: DraftPerson): string {
  if (role && company) return `${role} at ${company}`;
  return role || company;
}

function english({ a, b, reason }: DraftInput): string {
  const describe = (person: DraftPerson) => {
    const work = englishWork(person);
    const met = person.lastMetAt ? ` We met at ${person.lastMetAt}.` : '';
    return `${person.name}${work ? ` (${work})` : ''}.${met}`;
  };
  const fits: string[] = [];
  for (const [giver, taker] of [
    [a, b],
    [b, a],
  ] as const) {
    const topics = common(giver.offers, taker.asks);
    if (topics.length > 0)
      fits.push(
        `${taker.name} is looking for ${joinList('en', topics)}, which ${giver.name} offers.`,
      );
  }
  const shared = common(a.interests, b.interests);
  if (shared.length > 0) fits.push(`You are both into ${joinList('en', shared)}.`);
  const why = [reason.trim(), fits.join(' ')].filter(Boolean).join('\n\n');
  return [
    `Hi ${a.name} and ${b.name},`,
    'I would like to introduce you to each other.',
    `${describe(a)}\n${describe(b)}`,
    why,
    'I think you would have a lot to talk about, so I will let you take it from here.',
    'Best regards,',
  ]
    .filter(Boolean)
    .join('\n\n');
}

function japaneseWork({ role, company }: DraftPerson): string {
  if (role && company) return `${company}で${role}をされています`;
  if (company) return `${company}にお勤めです`;
  return role ? `${role}をされています` : '';
}

function japanese({ a, b, reason }: DraftInput): string {
  const describe = (person: DraftPerson) => {
    const work = japaneseWork(person);
    const met = person.lastMetAt ? `（${person.lastMetAt}でお会いしました）` : '';
    return `${person.name}さん${work ? `は${work}` : ''}${met}。`;
  };
  const fits: string[] = [];
  for (const [giver, taker] of [
    [a, b],
    [b, a],
  ] as const) {
    const topics = common(giver.offers, taker.asks);
    if (topics.length > 0)
      fits.push(
        `${taker.name}さんは${joinList('ja', topics)}について相談できる方を探していらっしゃり、` +
          `${giver.name}さんはその分野でお力になれるのではないかと存じます。`,
      );
  }
  const shared = common(a.interests, b.interests);
  if (shared.length > 0) fits.push(`お二人とも${joinList('ja', shared)}にご関心をお持ちです。`);
  const why = [reason.trim(), fits.join('\n')].filter(Boolean).join('\n\n');
  return [
    `${a.name}さん、${b.name}さん`,
    'お世話になっております。\nこのたび、お二人をご紹介させていただきたく、ご連絡いたしました。',
    `${describe(a)}\n${describe(b)}`,
    why,
    'ぜひ一度お話しされてみてはいかがでしょうか。\nこの後はお二人で直接ご連絡いただけますと幸いです。',
    'どうぞよろしくお願いいたします。',
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function draftIntroductionMessage(input: DraftInput): string {
  return input.language === 'ja' ? japanese(input) : english(input);
}
