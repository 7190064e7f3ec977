/**
 * How far V8 optimises the code of a command-line run. A one-shot command (`check`, `brief`,
 * `stats`, ...) reads a dozen series, computes for a few hundred milliseconds and exits; V8's
 * optimising compiler (TurboFan) would spend about as much CPU compiling the hot loops of the
 * statistics (the single-date scans, the index build, the drawdown machine) as it saves on
 * them, on a second thread that competes with the command on a busy machine. Such a run is
 * capped at V8's baseline compiler (Sparkplug): the same results, less CPU. Long-running
 * commands (`serve`, `ingest`, `update`, `store`) keep every tier.
 *
 * A one-shot run also compiles each regular expression straight to machine code on its first
 * use (`--no-regexp-tier-up`). By default V8 first runs a pattern in its bytecode interpreter
 * and compiles it again on the second use: the article reader runs some 270 patterns over
 * each sentence once or a few times each, so it paid for both compilations of nearly every
 * one (about 50 ms of a 1,000-word check).
 */
import { setFlagsFromString } from 'node:v8';
import { commandNameOf } from './command-name.js';

/** The commands capped at the baseline compiler: they read the store (or nothing) and exit. */
export const ONE_SHOT_COMMANDS: readonly string[] = ['brief', 'check', 'stats', 'seasonality', 'compare', 'series', 'instruments', 'calendar', 'help'];

/** The V8 flags of a one-shot run: the baseline compiler only, patterns compiled once. */
export const ONE_SHOT_V8_FLAGS: readonly string[] = ['--max-opt=1', '--no-regexp-tier-up'];

/**
 * Caps V8 at its baseline compiler and compiles patterns once ({@link ONE_SHOT_V8_FLAGS}) when `argv` runs a one-shot command, or no
 * command (`--version`, `--help`), and returns whether it did. Only for a process that is the
 * command line (bin/marketfacts.js): it changes the whole process, so a program that imports
 * marketfacts, or a test that runs `main()` in its own process, keeps its engine as it is.
 */
export function capOptimisationForOneShot(argv: readonly string[]): boolean {
  const command = commandNameOf(argv);
  if (command !== undefined && !ONE_SHOT_COMMANDS.includes(command)) return false;
  for (const flag of ONE_SHOT_V8_FLAGS) setFlagsFromString(flag);
  return true;
}
