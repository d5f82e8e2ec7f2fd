// Reading electronegativity's CSV report. The tool exits 0 whatever it finds, so the security
// gate decides from the report: any finding of MEDIUM severity or above blocks, and so does a
// severity this code does not know (fail closed rather than let a renamed level through).
import Papa from 'papaparse';

const SEVERITY_RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

/** @param {string} csv */
export function parseElectronegativityReport(csv) {
  const parsed = Papa.parse(csv.trim(), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (header) => header.trim(),
    transform: (value) => value.trim(),
  });
  if (parsed.errors.length > 0) {
    throw new Error(`Unreadable electronegativity report: ${parsed.errors[0].message}`);
  }
  return parsed.data.map((row) => ({
    issue: row.issue,
    severity: row.severity.toUpperCase(),
    confidence: row.confidence,
    file: row.filename,
    location: row.location,
    description: row.description,
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
