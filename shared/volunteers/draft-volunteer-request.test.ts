import { describe, expect, it } from 'vitest';
import { draftVolunteerRequest } from './draft-volunteer-request';

describe('drafted volunteer request', () => {
  it('names the role, the event and its date in English', () => {
    const text = draftVolunteerRequest({
      language: 'en',
      name: 'Aiko',
      eventName: 'Tokyo Rust Meetup #12',
      eventDate: 'March 7, 2026',
      roleLabel: 'Reception',
    });
    expect(text).toContain('Hi Aiko,');
    expect(text).toContain('helping with Reception at Tokyo Rust Meetup #12 on March 7, 2026?');
  });

  it('asks politely in Japanese', () => {
    const text = draftVolunteerRequest({
      language: 'ja',
      name: '山田 花子',
      eventName: 'Rust勉強会',
      eventDate: '2026年3月7日',
      roleLabel: '受付',
    });
    expect(text.startsWith('山田 花子さん')).toBe(true);
    expect(text).toContain(
      '2026年3月7日の「Rust勉強会」で、受付をお手伝いいただけないでしょうか。',
    );
    expect(text).toContain('よろしくお願いいたします');
  });
});
