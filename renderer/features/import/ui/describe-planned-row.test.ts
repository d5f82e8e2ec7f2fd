import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/create-i18n';
import { describeMatch, describeRowDetails } from './describe-planned-row';
import { draftFixture, plannedRowFixture } from './preview-fixture';

const en = createI18n('en').getFixedT('en', 'import');
const ja = createI18n('ja').getFixedT('ja', 'import');

describe('a preview row in words', () => {
  it('says whom a row matches and how', () => {
    const row = plannedRowFixture(5, 'Aiko Tanaka', {
      decision: 'merge',
      match: {
        target: 'person',
        personId: 'p1',
        displayName: 'Aiko Tanaka',
        matchedBy: 'email',
        value: 'aiko@example.com',
      },
    });
    expect(describeMatch(en, row)).toBe('Matches Aiko Tanaka · Same e-mail: aiko@example.com');
    expect(describeMatch(ja, row)).toBe(
      'Aiko Tanaka と一致・メールアドレスが同じ：aiko@example.com',
    );
  });

  it('names the earlier line of the same file, and says when merging would change nothing', () => {
    const row = plannedRowFixture(9, 'A. Tanaka', {
      decision: 'skip',
      upToDate: true,
      match: {
        target: 'row',
        line: 4,
        displayName: 'Aiko Tanaka',
        matchedBy: 'profile-url',
        value: 'https://www.linkedin.com/in/aiko',
      },
    });
    expect(describeMatch(en, row)).toBe(
      'Same person as line 4 (Aiko Tanaka) · Same profile: https://www.linkedin.com/in/aiko · Already up to date',
    );
  });

  it('says nothing about a match for a new person', () => {
    expect(describeMatch(en, plannedRowFixture(2, 'Ben Okafor'))).toBe('');
  });

  it('gives the work, first e-mail and attendance the file records', () => {
    const row = plannedRowFixture(3, 'Mika Ito', {
      person: draftFixture('Mika Ito', {
        company: 'Kumo',
        role: 'SRE',
        emails: ['mika@example.com', 'mika@work.example'],
      }),
      attendance: { status: 'attended', raw: 'Y' },
    });
    expect(describeRowDetails(en, row)).toBe('Kumo · SRE — mika@example.com — attended');
  });
});
