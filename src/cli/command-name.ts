/** The subcommand a command line names, read before the program is built (which loads only that command's code). */

/** The program's options that take a value (the value is not the command name). */
const PROGRAM_OPTIONS_WITH_VALUE: readonly string[] = ['--db'];

/** The subcommand `argv` (without node and the script) names: its first word that is neither an option nor an option's value; undefined for none. */
export function commandNameOf(argv: readonly string[]): string | undefined {
  for (let k = 0; k < argv.length; k++) {
    const word = argv[k] ?? '';
    if (PROGRAM_OPTIONS_WITH_VALUE.includes(word)) k++;
    else if (!word.startsWith('-')) return word;
  }
  return undefined;
}
