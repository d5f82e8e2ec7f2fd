// The drafted thank-you to a volunteer after an event, naming the event, the role and the hours.
// English is warm and short; Japanese uses a polite register (誠にありがとうございました …
// 今後ともどうぞよろしくお願いいたします). Hours are formatted for the language through Intl
// (2.5, "1 hour" / "2 hours"); zero hours or a missing role are left out rather than stated.
export type ThankYouLanguage = 'en' | 'ja';

export interface ThankYouInput {
  language: ThankYouLanguage;
  /** How the user addresses the volunteer (a given name in English, a full name in Japanese). */
  name: string;
  eventName: string;
  /** The role's label in the message's language; empty when unknown. */
  roleLabel: string;
  hours: number;
}

function formatHours(language: ThankYouLanguage, hours: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(hours);
}

function english({ name, eventName, roleLabel, hours }: ThankYouInput): string {
  const role = roleLabel.trim() ? ` with ${roleLabel.trim()}` : '';
  const unit = new Intl.PluralRules('en').select(hours) === 'one' ? 'hour' : 'hours';
  const time =
    hours > 0
      ? ` The ${formatHours('en', hours)} ${unit} you gave made the event run smoothly.`
      : ' You made the event run smoothly.';
  return [
    `Hi ${name},`,
    `Thank you so much for helping${role} at ${eventName}.${time}`,
    'I hope we can count on you again next time.',
    'Best regards,',
  ].join('\n\n');
}

function japanese({ name, eventName, roleLabel, hours }: ThankYouInput): string {
  const role = roleLabel.trim() ? `${roleLabel.trim()}をご担当いただき` : 'お手伝いいただき';
  const time =
    hours > 0
      ? `${formatHours('ja', hours)}時間にわたりお力添えいただいたおかげで、`
      : 'お力添えいただいたおかげで、';
  return [
    `${name}さん`,
    `先日は「${eventName}」にて${role}、誠にありがとうございました。\n` +
      `${time}イベントを無事に終えることができました。`,
    'またの機会にもご一緒できましたら幸いです。\n今後ともどうぞよろしくお願いいたします。',
  ].join('\n\n');
}

export function draftThankYou(input: ThankYouInput): string {
  return input.language === 'ja' ? japanese(input) : english(input);
}
