import { describe, expect, it } from 'vitest';
import {
  blockingFindings,
  parseElectronegativityReport,
  summarizeFindings,
} from './electronegativity-report.mjs';

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const CSP_NOTE = `CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src 'self'; script-src 'self', x","One or more CSP directives detected seems to be vulnerable",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK`;
const SANDBOX_OFF = `SANDBOX_JS_CHECK,"MEDIUM","FIRM","electron/main/main-window.ts","36:6","sandbox: false,","Use sandbox for untrusted origins",https://github.com/doyensec/electronegativity/wiki/SANDBOX_JS_CHECK`;
const ISOLATION_OFF = `CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","electron/main/main-window.ts","35:6","contextIsolation: false,","Review the use of the contextIsolation option",https://github.com/doyensec/electronegativity/wiki/CONTEXT_ISOLATION_JS_CHECK`;

describe('electronegativity report', () => {
  it('reads findings, including samples with commas and quotes', () => {
    const findings = parseElectronegativityReport([HEADER, CSP_NOTE, SANDBOX_OFF, ''].join('\n'));
    expect(findings).toEqual([
      {
        issue: 'CSP_GLOBAL_CHECK',
        severity: 'LOW',
        confidence: 'FIRM',
        file: 'renderer/index.html',
        location: '5:0',
        description: 'One or more CSP directives detected seems to be vulnerable',
      },
      {
        issue: 'SANDBOX_JS_CHECK',
        severity: 'MEDIUM',
        confidence: 'FIRM',
        file: 'electron/main/main-window.ts',
        location: '36:6',
        description: 'Use sandbox for untrusted origins',
      },
    ]);
  });

  it('lets a low CSP note pass and blocks medium and high findings', () => {
    const findings = parseElectronegativityReport(
      [HEADER, CSP_NOTE, SANDBOX_OFF, ISOLATION_OFF].join('\n'),
    );
    expect(blockingFindings(findings).map((finding) => finding.issue)).toEqual([
      'SANDBOX_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
    ]);
    expect(summarizeFindings(findings)).toBe('1 high, 1 medium, 1 low');
  });

  it('passes a clean report', () => {
    const findings = parseElectronegativityReport([HEADER, CSP_NOTE].join('\n'));
    expect(blockingFindings(findings)).toEqual([]);
    expect(summarizeFindings(parseElectronegativityReport(HEADER))).toBe('no findings');
  });

  it('blocks a severity it does not know', () => {
    expect(blockingFindings([{ severity: 'CRITICAL' }])).toEqual([{ severity: 'CRITICAL' }]);
  });
});
