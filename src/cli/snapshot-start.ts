/** How a process started from the start-up snapshot (startup-snapshot.ts) finds itself, and looks like a plain start. */
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

declare global {
  /** The URL the snapshot's bundle stands for, in place of `import.meta.url` (startup-snapshot.ts). */
  var marketfactsModuleUrl: string | undefined;
  /** The package's `require`, which the snapshot's bundle calls for the packages it does not hold (scripts/build-startup-snapshot.mjs). */
  var marketfactsRequire: NodeJS.Require | undefined;
}

/** A snapshot start restated as the plain start it stands for. */
export interface PlainStart {
  /** The file URL of the bundle beside the blob (dist/startup/marketfacts.cjs), which `import.meta.url` stands for. */
  readonly bundleUrl: string;
  /** `process.argv` of a plain start: node, bin/marketfacts.js, then the arguments. */
  readonly argv: readonly string[];
  /** `process.execArgv` without the snapshot's option (what a child process, a cluster worker, inherits). */
  readonly execArgv: readonly string[];
  /** The command line's arguments. */
  readonly args: readonly string[];
}

/**
 * The plain start a snapshot start stands for, from the process's `execArgv` (which holds
 * `--snapshot-blob PATH` or `--snapshot-blob=PATH`, PATH read from `cwd`) and `argv` (node,
 * then the arguments: a snapshot has no script). The blob is at ROOT/dist/startup/marketfacts.blob;
 * the plain entry is ROOT/bin/marketfacts.js. Undefined when `execArgv` names no blob.
 */
export function plainStartOf(execArgv: readonly string[], argv: readonly string[], cwd: string): PlainStart | undefined {
  const at = execArgv.findIndex((arg) => arg === '--snapshot-blob' || arg.startsWith('--snapshot-blob='));
  if (at < 0) return undefined;
  const option = execArgv[at] ?? '';
  const inline = option.includes('=');
  const blobArg = inline ? option.slice(option.indexOf('=') + 1) : execArgv[at + 1];
  if (blobArg === undefined || blobArg.length === 0) return undefined;
  const blob = resolve(cwd, blobArg);
  const root = dirname(dirname(dirname(blob)));
  const args = argv.slice(1);
  return {
    bundleUrl: pathToFileURL(blob.replace(/\.blob$/, '.cjs')).href,
    argv: [argv[0] ?? process.execPath, join(root, 'bin', 'marketfacts.js'), ...args],
    execArgv: execArgv.filter((_, k) => k !== at && (inline || k !== at + 1)),
    args,
  };
}
