/**
 * Builds the command line's start-up snapshot (src/cli/startup-snapshot.ts) into dist/startup/:
 * marketfacts.cjs, the program bundled into one CommonJS script; marketfacts.blob, the V8 heap
 * that `node --snapshot-blob` starts from, built by this very node; and node, the path of that
 * node binary, which bin/marketfacts compares with the node it would run. Each file is written
 * under a temporary name and renamed into place, the blob last, so a failed build leaves no
 * blob that bin/marketfacts would take for current.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { build } from 'esbuild';

const dir = 'dist/startup';
mkdirSync(dir, { recursive: true });
rmSync(`${dir}/marketfacts.blob`, { force: true });
await build({
  entryPoints: ['src/cli/startup-snapshot.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Required at run time from the package's node_modules, not held in the snapshot: the native
  // module, and the packages only the long-running and network commands load (Fastify and zod
  // are two thirds of the bundle otherwise, and every start would deserialize them).
  external: ['@duckdb/node-api', 'fastify', 'zod', 'cli-progress', 'papaparse'],
  define: { 'import.meta.url': 'globalThis.marketfactsModuleUrl' },
  // A snapshot's own `require` loads only built-in modules; once started, the program's
  // require is the package's (startup-snapshot.ts sets globalThis.marketfactsRequire).
  banner: { js: 'var marketfactsBuiltinRequire = require; require = (id) => (globalThis.marketfactsRequire ?? marketfactsBuiltinRequire)(id);' },
  outfile: `${dir}/marketfacts.cjs`,
  logLevel: 'warning',
});
const temporary = `${dir}/marketfacts.blob.${process.pid}.tmp`;
const built = spawnSync(process.execPath, ['--snapshot-blob', temporary, '--build-snapshot', `${dir}/marketfacts.cjs`], { encoding: 'utf8' });
// Node warns that some built-in modules are "not yet fully verified" in a snapshot; the tests run every command from it.
const errors = (built.stderr ?? '').split('\n').filter((line) => line.trim() !== '' && !/not yet fully verified|may still work in some cases|request support for the module|nodejs\/node\/issues|--trace-warnings/.test(line));
if (built.status !== 0) {
  rmSync(temporary, { force: true });
  process.stderr.write(`build-startup-snapshot: node --build-snapshot failed (exit ${built.status})\n${errors.join('\n')}\n`);
  process.exit(1);
}
if (errors.length > 0) process.stderr.write(`${errors.join('\n')}\n`);
writeFileSync(`${dir}/node`, `${realpathSync(process.execPath)}\n`);
renameSync(temporary, `${dir}/marketfacts.blob`);
