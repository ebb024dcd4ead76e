// The CLI compiled to JavaScript (dist/cli/, made by `haidang prepare` at install and by `npm start`
// when stale): Node then starts it without tsx, whose loader thread, transpile cache and source maps
// cost about a second of every start on a shared 2-core machine. The copy is used only while every
// file it was made from is unchanged (same size and time), in the same folder; otherwise bin/haidang.js
// runs the TypeScript through tsx, as before — an edited file is never served stale.
// Plain JavaScript (types in compiled.d.ts): bin/haidang.js decides before any TypeScript loader exists.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'dist', 'cli');
const STAMP = 'stamp.json';
// Bumped when the recipe below changes, so that copies made by an older one are not used.
const RECIPE = 1;
// Inputs besides the bundled sources: the recipe itself and the compiler's settings.
const ALSO = ['src/cli/compiled.js', 'tsconfig.json'];

/** [size, mtimeMs] of a file under ROOT, or null when it is gone. */
function fingerprint(rel) {
  try {
    const s = statSync(join(ROOT, rel));
    return [s.size, s.mtimeMs];
  } catch {
    return null;
  }
}

/** The compiled entry's file URL when it was made from exactly the files now here, else null. */
export function compiledEntry() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(OUT, STAMP), 'utf8'));
  } catch {
    return null;
  }
  // Paths found through import.meta.url are written into the copy: a moved folder needs a new one.
  if (stamp.recipe !== RECIPE || stamp.root !== ROOT || !Array.isArray(stamp.inputs)) return null;
  for (const [rel, size, mtimeMs] of stamp.inputs) {
    const now = fingerprint(rel);
    if (!now || now[0] !== size || now[1] !== mtimeMs) return null;
  }
  return pathToFileURL(join(OUT, 'main.js')).href;
}

/**
 * Compiles src/cli/main.ts and what it imports into dist/cli/ (a second or two), with esbuild — the
 * compiler tsx runs anyway. Packages stay imports of node_modules; modules imported on demand stay
 * chunks loaded on demand. Returns the entry's file URL.
 */
export async function compile() {
  const { build, stop } = await import('esbuild');
  const temp = `${OUT}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts'],
    outdir: temp,
    bundle: true,
    splitting: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Only read with `node --enable-source-maps`: stack traces then name the TypeScript lines.
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [sourceUrls],
  }).finally(() => stop()); // esbuild's service process would otherwise live as long as npm start's parent
  const inputs = [...Object.keys(result.metafile.inputs), ...ALSO].map((rel) => {
    const f = fingerprint(rel);
    if (!f) throw new Error(`compile: ${rel} vanished while compiling`);
    return [rel, ...f];
  });
  // Moved in beside the files of earlier copies, the entry and the stamp last: chunks are named by
  // their content, so a process started from an earlier copy (a server running while `prepare` or a
  // stale `npm start` compiles) still finds the chunks it loads on demand.
  mkdirSync(OUT, { recursive: true });
  try {
    const last = new Set(['main.js', 'main.js.map']);
    for (const f of readdirSync(temp)) if (!last.has(f)) renameSync(join(temp, f), join(OUT, f));
    for (const f of last) if (existsSync(join(temp, f))) renameSync(join(temp, f), join(OUT, f));
    writeFileSync(join(OUT, `${STAMP}.${process.pid}`), JSON.stringify({ recipe: RECIPE, root: ROOT, inputs }));
    renameSync(join(OUT, `${STAMP}.${process.pid}`), join(OUT, STAMP));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return pathToFileURL(join(OUT, 'main.js')).href;
}

/**
 * Each module's import.meta.url becomes its source file's URL, so the paths it finds from there
 * (migrations/, web/dist, demo/, the worker's entry) are the same as when tsx runs it.
 */
const sourceUrls = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      if (relative(ROOT, args.path).startsWith('node_modules')) return undefined;
      const text = await readFile(args.path, 'utf8');
      const contents = text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js' };
    });
  },
};
