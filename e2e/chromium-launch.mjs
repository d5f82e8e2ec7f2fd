// How every Playwright run here starts Chromium: Debian's build (Playwright's own download is
// blocked on these machines) with the flags of TOOLCHAIN.md, which also keep the browser from
// calling home. Plain JavaScript because the benchmark runner (plain Node) shares it with the
// Playwright config; chromium-launch.d.mts types it for TypeScript.

export const chromiumExecutablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
