import { describe, expect, it } from 'vitest';
import { draftThankYou } from './draft-thank-you';

describe('draftThankYou', () => {
  it('thanks in English with the event, the role and the hours', () => {
    expect(
      draftThankYou({
        language: 'en',
        name: 'Hanako',
        eventName: 'Tokyo JS #42',
        roleLabel: 'Reception',
        hours: 2.5,
      }),
    ).toBe(
      'Hi Hanako,\n\n' +
        'Thank you so much for helping with Reception at Tokyo JS #42. ' +
        'The 2.5 hours you gave made the event run smoothly.\n\n' +
        'I hope we can count on you again next time.\n\n' +
        'Best regards,',
    );
  });

  it('says "1 hour" in the singular and leaves out a missing role or zero hours', () => {
    const one = draftThankYou({
      language: 'en',
      name: 'Ken',
      eventName: 'Rust Osaka',
      roleLabel: 'MC',
      hours: 1,
    });
    expect(one).toContain('The 1 hour you gave');
    const bare = draftThankYou({
      language: 'en',
      name: 'Ken',
      eventName: 'Rust Osaka',
      roleLabel: ' ',
      hours: 0,
    });
    expect(bare).toContain('Thank you so much for helping at Rust Osaka. You made the event');
    expect(bare).not.toContain('hour');
  });

  it('thanks in polite Japanese with the event, the role and the hours', () => {
    expect(
      draftThankYou({
        language: 'ja',
        name: '山田 花子',
        eventName: '東京JS #42',
        roleLabel: '受付',
        hours: 2.5,
      }),
    ).toBe(
      '山田 花子さん\n\n' +
        '先日は「東京JS #42」にて受付をご担当いただき、誠にありがとうございました。\n' +
        '2.5時間にわたりお力添えいただいたおかげで、イベントを無事に終えることができました。\n\n' +
        'またの機会にもご一緒できましたら幸いです。\n今後ともどうぞよろしくお願いいたします。',
    );
  });

  it('keeps the Japanese polite when the role and hours are unknown', () => {
    const draft = draftThankYou({
      language: 'ja',
      name: '佐藤 健',
      eventName: 'Rust大阪',
      roleLabel: '',
      hours: 0,
    });
    expect(draft).toContain('「Rust大阪」にてお手伝いいただき、誠にありがとうございました。');
    expect(draft).toContain('お力添えいただいたおかげで');
    expect(draft).not.toContain('時間');
  });
});
