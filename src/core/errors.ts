/**
 * The errors marketfacts reports to a person. Each carries the exit code the command line
 * uses and a message that fits on one line and names what was wrong and where.
 */

/** Exit codes: 0 success, 1 a failed check or an internal error, 2 bad input or usage. */
export const ExitCode = { ok: 0, failure: 1, badInput: 2 } as const;

/** A problem a person can fix: a bad argument, a bad file, an unknown symbol. Exit code 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly exitCode = ExitCode.badInput;
}

/**
 * A bad row or cell in a data file. The message reads `FILE:LINE: reason`; `line` is
 * 1-based and counts the header line.
 */
export class DataFileError extends InputError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

/** A bad command-line argument. The message reads `--flag: reason` or `ARG: reason`. */
export class ArgumentError extends InputError {
  constructor(
    readonly argument: string,
    readonly reason: string,
  ) {
    super(`${argument}: ${reason}`);
  }
}

/** True when a thrown value is one of ours with a person-readable message. */
export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
