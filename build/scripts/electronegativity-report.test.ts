import { describe, expect, it } from 'vitest';
import {
  blockingFindings,
  findingsOf,
  summarizeFindings,
  type ElectronegativityIssue,
} from './electronegativity-report.mjs';

function issue(id: string, severity: string, file: string, line: number): ElectronegativityIssue {
  return {
    id,
    severity: { name: severity },
    confidence: { name: 'FIRM' },
    file,
    location: { line, column: 6 },
    description: `${id} description`,
  };
}

const CSP_NOTE = issue('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', 5);
const SANDBOX_OFF = issue('SANDBOX_JS_CHECK', 'MEDIUM', 'electron/main/main-window.ts', 36);
const ISOLATION_OFF = issue(
  'CONTEXT_ISOLATION_JS_CHECK',
  'HIGH',
  'electron/main/main-window.ts',
  35,
);

describe('electronegativity findings', () => {
  it('reads the runner’s issues as findings', () => {
    expect(findingsOf([CSP_NOTE, SANDBOX_OFF])).toEqual([
      {
        issue: 'CSP_GLOBAL_CHECK',
        severity: 'LOW',
        confidence: 'FIRM',
        file: 'renderer/index.html',
        location: '5:6',
        description: 'CSP_GLOBAL_CHECK description',
      },
      {
        issue: 'SANDBOX_JS_CHECK',
        severity: 'MEDIUM',
        confidence: 'FIRM',
        file: 'electron/main/main-window.ts',
        location: '36:6',
        description: 'SANDBOX_JS_CHECK description',
      },
    ]);
  });

  it('lets a low CSP note pass and blocks medium and high findings', () => {
    const findings = findingsOf([CSP_NOTE, SANDBOX_OFF, ISOLATION_OFF]);
    expect(blockingFindings(findings).map((finding) => finding.issue)).toEqual([
      'SANDBOX_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
    ]);
    expect(summarizeFindings(findings)).toBe('1 high, 1 medium, 1 low');
  });

  it('passes a clean scan', () => {
    expect(blockingFindings(findingsOf([CSP_NOTE]))).toEqual([]);
    expect(summarizeFindings(findingsOf([]))).toBe('no findings');
  });

  it('blocks a severity it does not know', () => {
    expect(blockingFindings([{ severity: 'CRITICAL' }])).toEqual([{ severity: 'CRITICAL' }]);
  });
});
