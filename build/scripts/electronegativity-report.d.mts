export interface ElectronegativityFinding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

export interface ElectronegativityIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location?: { line?: number; column?: number };
  description: string;
}

export function findingsOf(issues: ElectronegativityIssue[]): ElectronegativityFinding[];
export function blockingFindings<F extends { severity: string }>(
  findings: F[],
  threshold?: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH',
): F[];
export function summarizeFindings(findings: { severity: string }[]): string;
