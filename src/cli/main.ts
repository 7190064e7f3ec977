/**
 * The command line: one program, a subcommand per job. Every error a person can fix ends as
 * one line on stderr and exit code 2; an unexpected error as one line and exit code 1
 * (`MARKETFACTS_DEBUG=1` adds the stack).
 */
import { Command, CommanderError } from 'commander';
import { ExitCode, isInputError } from '../core/errors.js';
import { commandNameOf } from './command-name.js';
import { registerCommands } from './commands/index.js';
import { addGlobalStoreOption } from './context.js';

import { capOptimisationForOneShot } from './engine-tiers.js';

export { capOptimisationForOneShot } from './engine-tiers.js';

/** Builds the program with the subcommand `command` registered, none for null, or every subcommand when it names none (see registerCommands). */
export async function buildProgram(command?: string | null): Promise<Command> {
  const program = new Command('marketfacts')
    // One paragraph: commander wraps it to the terminal's width (a line break here would
    // break the line mid-phrase on any other width).
    .description(
      'The numbers market news is made of, from daily closes: returns, records, streaks, drawdowns, ' +
        'seasonality and Treasury yields in basis points, in wire-story sentences with the data ' +
        'behind every number, and a checker for the numbers in an article.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => write(`marketfacts: ${firstLine(text).replace(/^error: /, '')} (see --help)\n`),
    });
  addGlobalStoreOption(program);
  await registerCommands(program, command);
  program.addHelpText(
    'after',
    `
Examples:
  $ marketfacts brief                         the day's story for the latest date in the store
  $ marketfacts brief --date 2024-11-25       the story of a given day
  $ marketfacts stats RUT --date 2024-11-25 --json
  $ marketfacts seasonality RUT --from 1988 --to 2023
  $ marketfacts check article.txt --date 2024-11-25
  $ marketfacts instruments                   what the store holds

The store is a DuckDB file in your data directory; name another with --db PATH
(before or after the command) or MARKETFACTS_DB. On first use it is built from
the data shipped with marketfacts.`,
  );
  return program;
}

/** Runs the command line on `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // `--version` alone needs no command's code.
  const versionOnly = argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
  const program = await buildProgram(versionOnly ? null : commandNameOf(argv));
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return ExitCode.ok;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (error: unknown) {
    return reportError(error);
  }
}

/**
 * The whole of a command-line process on `argv` (without node and the script): the engine
 * tiers of a one-shot run, a closed pipe taken as a normal end (`marketfacts series SPX | head`),
 * then {@link main}, whose code becomes the exit code. Shared by bin/marketfacts.js and the
 * start-up snapshot (startup-snapshot.ts).
 */
export async function runCommandLine(argv: readonly string[]): Promise<void> {
  capOptimisationForOneShot(argv);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await main(argv);
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    const quiet = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
    return quiet.includes(error.code) || error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
  }
  if (isInputError(error)) {
    process.stderr.write(`marketfacts: ${firstLine(error.message)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`marketfacts: internal error: ${firstLine(message)}\n`);
  if (process.env['MARKETFACTS_DEBUG'] && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return ExitCode.failure;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
