/**
 * The command line's start-up snapshot (Node's `--build-snapshot`): the program's code loaded
 * and compiled, and a sample check and brief run once (warm-up.ts), saved as a V8 heap that a
 * process starts from (`node --snapshot-blob dist/startup/marketfacts.blob -- ARGS`, which
 * bin/marketfacts runs when the blob is current). A `check` of a 1,000-word story then skips
 * reading, parsing and compiling the program, and the first slow run of its reader and judge.
 *
 * The build (scripts/build-startup-snapshot.mjs) bundles this file into one CommonJS script
 * (a snapshot holds no ES modules). DuckDB's native module, Fastify, zod and two small
 * packages stay out of it and are required at run time through `globalThis.marketfactsRequire`,
 * set here to the package's require; `import.meta.url` becomes `globalThis.marketfactsModuleUrl`,
 * set here to the bundle's place beside the blob. So the shipped data, the web app and those
 * packages are found where the program runs, not where it was built.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { startupSnapshot } from 'node:v8';
import { runCommandLine } from './main.js';
import { plainStartOf } from './snapshot-start.js';
import { warmUp } from './warm-up.js';

// No exports: the snapshot builder runs this bundle as a plain script, without `module`.
if (startupSnapshot.isBuildingSnapshot()) {
  globalThis.marketfactsModuleUrl = pathToFileURL(__filename).href;
  startupSnapshot.setDeserializeMainFunction(() => {
    const start = plainStartOf(process.execArgv, process.argv, process.cwd());
    if (start !== undefined) {
      globalThis.marketfactsModuleUrl = start.bundleUrl;
      globalThis.marketfactsRequire = createRequire(start.bundleUrl);
      // From here the process looks like `node bin/marketfacts.js ARGS` (a cluster worker of `serve --workers` starts that way).
      process.argv = [...start.argv];
      process.execArgv = [...start.execArgv];
    }
    void runCommandLine(start?.args ?? process.argv.slice(1));
  });
  // The heap is saved once the event loop is empty, so after the warm-up's promises settle; a
  // warm-up that fails fails the build.
  warmUp().catch((error: unknown) => {
    process.stderr.write(`startup snapshot: the warm-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
