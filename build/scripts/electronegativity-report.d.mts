export interface ElectronegativityFinding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

export function parseElectronegativityReport(csv: string): ElectronegativityFinding[];
export function blockingFindings<F extends { severity: string }>(
  findings: F[],
  threshold?: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH',
): F[];
export function summarizeFindings(findings: { severity: string }[]): string;
