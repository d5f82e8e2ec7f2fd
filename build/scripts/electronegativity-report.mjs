// electronegativity's findings, as its runner returns them. The tool exits 0 whatever it finds,
// so the security gate decides from the findings: any of MEDIUM severity or above blocks, and so
// does a severity this code does not know (fail closed rather than let a renamed level through).
// The findings are taken from the runner itself, not from its CSV report: the tool writes that
// report's header and rows with two unawaited writes that race (the header's truncating write
// can land last), so a report could be cut short, or hold no rows at all, whatever it found.

const SEVERITY_RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

/**
 * @param {{ id: string, severity: { name: string }, confidence: { name: string }, file: string,
 *   location?: { line?: number, column?: number }, description: string }[]} issues
 */
export function findingsOf(issues) {
  return issues.map((issue) => ({
    issue: issue.id,
    severity: issue.severity.name.toUpperCase(),
    confidence: issue.confidence.name,
    file: issue.file,
    location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
    description: issue.description,
  }));
}

/** @param {{ severity: string }[]} findings */
export function blockingFindings(findings, threshold = 'MEDIUM') {
  const minimum = SEVERITY_RANK[threshold];
  return findings.filter((finding) => {
    const rank = SEVERITY_RANK[finding.severity];
    return rank === undefined || rank >= minimum;
  });
}

/** @param {{ severity: string }[]} findings */
export function summarizeFindings(findings) {
  const counts = Object.keys(SEVERITY_RANK)
    .reverse()
    .map((severity) => [severity, findings.filter((f) => f.severity === severity).length])
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity.toLowerCase()}`);
  return counts.length === 0 ? 'no findings' : counts.join(', ');
}
