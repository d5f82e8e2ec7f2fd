// What the About box and bug reports show: the app, its version and where its data lives.
import type { AppInfo } from '../../shared/platform/platform';

export interface AppInfoSources {
  name: string;
  version: string;
  platform: string;
  osRelease: string;
  userDataDir: string;
}

export function describeApp(sources: AppInfoSources): AppInfo {
  return {
    name: sources.name,
    version: sources.version,
    platform: 'desktop',
    os: `${sources.platform} ${sources.osRelease}`,
    userDataDir: sources.userDataDir,
  };
}
