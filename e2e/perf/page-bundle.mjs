// The app's own modules, bundled for a benchmark to run in the page: `exports` is the source of a
// module re-exporting them, with paths from the repository's root; the bundle defines them on
// `window[globalName]` once added with page.addScriptTag({ content }).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** @param {string} exports @param {string} globalName @returns {Promise<string>} */
export async function bundleForPage(exports, globalName) {
  const result = await build({
    stdin: { contents: exports, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
