// The drafted request asking someone to volunteer for a role at an event, in English or polite
// Japanese, with the event's name and date (formatted by the caller in the message's language).
import type { ThankYouLanguage } from './draft-thank-you';

export interface VolunteerRequestInput {
  language: ThankYouLanguage;
  name: string;
  eventName: string;
  /** The event's date as the message should say it, e.g. "Saturday, March 7". */
  eventDate: string;
  /** The role's label in the message's language. */
  roleLabel: string;
}

export function draftVolunteerRequest(input: VolunteerRequestInput): string {
  const { name, eventName, eventDate, roleLabel } = input;
  if (input.language === 'ja') {
    return [
      `${name}さん`,
      `${eventDate}の「${eventName}」で、${roleLabel}をお手伝いいただけないでしょうか。`,
      'ご都合はいかがでしょうか。お返事をお待ちしております。\nどうぞよろしくお願いいたします。',
    ].join('\n\n');
  }
  return [
    `Hi ${name},`,
    `Would you be up for helping with ${roleLabel} at ${eventName} on ${eventDate}?`,
    'Let me know if that works for you. Thank you!',
  ].join('\n\n');
}
