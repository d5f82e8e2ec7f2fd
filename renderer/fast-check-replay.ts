// Replaying a failed property. fast-check prints `{ seed, path }` with every counterexample;
// FC_SEED (and FC_PATH) given to the test run make every property start from that seed, so
// `FC_SEED=… FC_PATH=… npx vitest run <file>` runs the failing case first (README, Tests).
import type { Parameters } from 'fast-check';

export function fastCheckReplayParameters(
  env: Record<string, string | undefined>,
): Parameters<unknown> | undefined {
  if (env.FC_SEED === undefined || env.FC_SEED === '') return undefined;
  const seed = Number(env.FC_SEED);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${env.FC_SEED}"`);
  return env.FC_PATH ? { seed, path: env.FC_PATH, endOnFailure: true } : { seed };
}
