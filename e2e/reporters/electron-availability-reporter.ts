// Says loudly, once, under the run's summary, that the electron project did not run for want of
// a binary, so that a green run is never mistaken for a tested desktop app.
import type { FullConfig, Reporter, Suite } from '@playwright/test/reporter';
import { ELECTRON_SKIP_REASON, findElectronBinary } from '../electron/electron-binary';

const BANNER = `\n${'='.repeat(100)}\nSKIPPED ${ELECTRON_SKIP_REASON}\n${'='.repeat(100)}\n`;

export default class ElectronAvailabilityReporter implements Reporter {
  private electronSkipped = false;

  onBegin(_config: FullConfig, suite: Suite): void {
    const electronProject = suite.suites.find((project) => project.title === 'electron');
    this.electronSkipped =
      electronProject !== undefined &&
      electronProject.allTests().length > 0 &&
      findElectronBinary() === null;
  }

  onEnd(): void {
    if (this.electronSkipped) process.stdout.write(BANNER);
  }

  printsToStdio(): boolean {
    return false;
  }
}
