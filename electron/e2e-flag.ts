// How the preload learns that the app was started for end-to-end tests (HALLWAY_E2E=1): the
// main process appends this argument to the renderer's process.argv (webPreferences
// .additionalArguments), which a sandboxed preload can read, unlike most of process.env.
export const E2E_ARGUMENT = '--hallway-e2e';

export function isStartedForTests(env: NodeJS.ProcessEnv): boolean {
  return env.HALLWAY_E2E === '1';
}
