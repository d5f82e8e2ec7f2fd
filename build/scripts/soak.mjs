// `npm run test:soak`: runs the unit, packaged-app and end-to-end suites N times (N=5 unless the
// N variable says otherwise) on one build, and says how many runs failed. A flaky test shows up
// here as a run that failed; its log is kept in soak-results/ to find the cause (never a retry;
// not under test-results/, which Playwright empties when it starts).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.env.N ?? 5);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`N must be a whole number of runs, not "${process.env.N}"`);
  process.exit(2);
}
const logDir = join(root, 'soak-results');

function run(command, args, logFile) {
  return new Promise((resolve) => {
    const log = logFile ? createWriteStream(logFile) : undefined;
    log?.on('error', (error) => console.error(`soak: cannot write ${logFile}: ${error.message}`));
    const child = spawn(command, args, {
      cwd: root,
      stdio: log ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    child.on('close', (code) => resolve(code === 0));
  });
}

const suites = [
  { name: 'unit', command: 'npx', args: ['vitest', 'run'] },
  { name: 'packaged', command: 'npm', args: ['run', 'test:packaged'] },
  { name: 'e2e', command: 'npx', args: ['playwright', 'test'] },
];

if (!(await run('npm', ['run', 'build']))) process.exit(1);
let failedRuns = 0;
for (let index = 1; index <= runs; index += 1) {
  const started = Date.now();
  const failures = [];
  for (const suite of suites) {
    mkdirSync(logDir, { recursive: true });
    const logFile = join(logDir, `run-${index}-${suite.name}.log`);
    if (!(await run(suite.command, suite.args, logFile)))
      failures.push(`${suite.name} (${logFile})`);
  }
  if (failures.length > 0) failedRuns += 1;
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `soak run ${index}/${runs}: ${failures.length === 0 ? 'passed' : `FAILED ${failures.join(', ')}`} in ${seconds} s`,
  );
}
console.log(`soak: ${failedRuns} of ${runs} runs failed`);
process.exit(failedRuns === 0 ? 0 : 1);
