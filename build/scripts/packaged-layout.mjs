// The packaged app as electron-builder lays it out: its configuration (build/electron-builder.yml,
// read with js-yaml, the parser electron-builder itself reads it with) and the files its `files`
// patterns select, copied to a folder, the way they end up in app.asar. Used by the tests of the
// packaging configuration and of the built app (build/packaged-app/).
import { cp, readFile, readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const { load: parseYaml } = createRequire(import.meta.url)('js-yaml');

export async function readElectronBuilderConfig(root) {
  return parseYaml(await readFile(path.join(root, 'build', 'electron-builder.yml'), 'utf8'));
}

/** A glob of electron-builder's `files` (`**`, `*`, `?`) as a regular expression on a relative,
 * slash-separated path. */
export function globToRegExp(glob) {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const character = glob[index];
    if (glob.startsWith('**/', index)) {
      source += '(?:.*/)?';
      index += 2;
    } else if (glob.startsWith('**', index)) {
      source += '.*';
      index += 1;
    } else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else source += character.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Whether a relative path is packed: matched by a pattern and by no `!` exclusion. */
export function isPackaged(relativePath, patterns) {
  const included = patterns.filter((pattern) => !pattern.startsWith('!')).map(globToRegExp);
  const excluded = patterns.filter((pattern) => pattern.startsWith('!'));
  return (
    included.some((pattern) => pattern.test(relativePath)) &&
    !excluded.some((pattern) => globToRegExp(pattern.slice(1)).test(relativePath))
  );
}

async function filesUnder(root, relativeDir) {
  const absolute = path.join(root, relativeDir);
  const info = await stat(absolute).catch(() => null);
  if (!info) return [];
  if (info.isFile()) return [relativeDir];
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}

/** Copies the files the configuration packs from `root` to `targetDir`; returns their paths. */
export async function copyPackagedLayout(root, targetDir) {
  const { files: patterns } = await readElectronBuilderConfig(root);
  const roots = patterns
    .filter((pattern) => !pattern.startsWith('!'))
    .map((pattern) => pattern.split(/[*?]/)[0].replace(/\/$/, ''));
  const candidates = new Set((await Promise.all(roots.map((dir) => filesUnder(root, dir)))).flat());
  const packed = [...candidates].filter((file) => isPackaged(file, patterns)).sort();
  await Promise.all(
    packed.map((file) =>
      cp(path.join(root, file), path.join(targetDir, file), { recursive: true }),
    ),
  );
  return packed;
}
