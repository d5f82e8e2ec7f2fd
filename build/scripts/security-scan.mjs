// `npm run test:security`: electronegativity over the Electron sources (main process, services,
// preload) and the renderer's index.html (its CSP meta tag) in one run, offline (-e with the
// installed Electron version). PreloadJSCheck and OpenExternalJSCheck are excluded: they fire
// for any preload and any openExternal call as reminders to review them, and that review is the
// unit tests of the preload's surface and of the external link policy. electronegativity exits
// 0 whatever it finds and silently skips files it cannot parse; so this script first parses every
// file with electronegativity's own parser, then runs its scanner in this process (its CSV report
// is written by racing writes: see electronegativity-report.mjs) and fails on any finding of
// MEDIUM severity or above.
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockingFindings, findingsOf, summarizeFindings } from './electronegativity-report.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
// AvailableSecurityFixesGlobalCheck downloads Electron's release list: no request leaves this gate.
const EXCLUDED_CHECKS = 'PreloadJSCheck,OpenExternalJSCheck,AvailableSecurityFixesGlobalCheck';

async function electronSources() {
  const entries = await readdir(path.join(root, 'electron'), { recursive: true });
  return entries
    .filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts'))
    .filter((entry) => !entry.startsWith(`testing${path.sep}`))
    .map((entry) => path.join('electron', entry));
}

async function stageSources(stageDir) {
  const files = [...(await electronSources()), path.join('renderer', 'index.html')];
  await Promise.all(
    files.map((file) => cp(path.join(root, file), path.join(stageDir, file), { recursive: true })),
  );
  return files;
}

async function unparsableFiles(stageDir, files) {
  const { Parser } = require('@doyensec/electronegativity/dist/parser');
  const parser = new Parser(false, true);
  const failures = [];
  for (const file of files) {
    try {
      parser.parse(file, await readFile(path.join(stageDir, file)));
    } catch (error) {
      failures.push(`${file}: ${error.message}`);
    }
  }
  return failures;
}

/** Runs electronegativity's scanner over the staged sources and returns its findings. */
async function runScanner(stageDir, electronVersion) {
  const run = require('@doyensec/electronegativity/dist/runner.js');
  const { issues } = await run(
    {
      input: stageDir,
      isSarif: false,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS.split(',').map((check) => check.toLowerCase()),
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  return findingsOf(issues);
}

async function scan(workDir) {
  const stageDir = path.join(workDir, 'scan');
  const files = await stageSources(stageDir);

  const failures = await unparsableFiles(stageDir, files);
  if (failures.length > 0) {
    console.error(
      `Security scan failed: electronegativity cannot parse\n  ${failures.join('\n  ')}`,
    );
    return false;
  }

  const electronVersion = JSON.parse(
    await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
  ).version;
  const findings = await runScanner(stageDir, electronVersion);
  const blocking = blockingFindings(findings);
  const summary = `electronegativity (Electron ${electronVersion}, ${files.length} files): ${summarizeFindings(findings)}`;
  if (blocking.length > 0) {
    console.error(`Security scan failed: ${summary}`);
    for (const finding of blocking) {
      console.error(
        `  ${finding.severity} ${finding.issue} at ${finding.file}:${finding.location}: ${finding.description}`,
      );
    }
    return false;
  }
  console.log(`Security scan passed: ${summary}, none of medium severity or above.`);
  return true;
}

const workDir = await mkdtemp(path.join(tmpdir(), 'hallway-security-scan-'));
try {
  if (!(await scan(workDir))) process.exitCode = 1;
} finally {
  await rm(workDir, { recursive: true, force: true });
}
