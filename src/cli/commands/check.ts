/**
 * `marketfacts check FILE|- [--date D] [--json] [--format text|json|html] [--strict] [--explain]`: the
 * numbers in an article against the data. Exit 0 whatever the verdicts; 1 with --strict when
 * a claim is contradicted; 2 for bad input (binary, not UTF-8, over 1 MB; claims found but no
 * article date). Empty input, or text without claims, is no claims and exit 0.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { checkText, loadStoredSeries } from '../../api/check.js';
import { parseDateArgument } from '../../api/stats.js';
import { ArgumentError, InputError } from '../../core/errors.js';
import { decodeArticle, MAX_ARTICLE_BYTES, renderHtml, renderText, reportJson } from '../../claims/index.js';
import { addStoreOption, loadRegistry, withStore, writeSessionNote } from '../context.js';
import { writeJson } from '../output.js';

interface CheckOptions {
  readonly date?: string;
  readonly json?: boolean;
  readonly format?: string;
  readonly strict?: boolean;
  readonly explain?: boolean;
  readonly db?: string;
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** Reads at most MAX_ARTICLE_BYTES + 1 bytes from a file descriptor (stdin or a file). */
function readBounded(fd: number, name: string): Uint8Array {
  const limit = MAX_ARTICLE_BYTES + 1;
  const buffer = Buffer.alloc(limit);
  let length = 0;
  for (;;) {
    let read: number;
    try {
      read = readSync(fd, buffer, length, limit - length, null);
    } catch (error: unknown) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking pipe with nothing yet: wait a little rather than spin.
        Atomics.wait(PAUSE, 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw new InputError(`${name}: cannot read (${code ?? 'error'})`);
    }
    if (read === 0) break;
    length += read;
    if (length >= limit) throw new InputError(`${name}: over the ${MAX_ARTICLE_BYTES}-byte limit for an article`);
  }
  return buffer.subarray(0, length);
}

/** The article's text from a file or stdin ("-"), refusing directories, binary, non-UTF-8 and oversize input. */
export function readArticle(file: string): string {
  let bytes: Uint8Array;
  if (file === '-') {
    bytes = readBounded(0, 'stdin');
  } else {
    let size: number;
    try {
      const stat = statSync(file);
      if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not an article`);
      size = stat.size;
    } catch (error: unknown) {
      if (error instanceof InputError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`}`);
    }
    if (size > MAX_ARTICLE_BYTES) throw new InputError(`${file}: ${size} bytes is over the ${MAX_ARTICLE_BYTES}-byte limit for an article`);
    const fd = openSync(file, 'r');
    try {
      bytes = readBounded(fd, file);
    } finally {
      closeSync(fd);
    }
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new InputError(`${file === '-' ? 'stdin' : file}: ${decoded.reason}`);
  return decoded.text;
}

function formatOf(options: CheckOptions): 'text' | 'json' | 'html' {
  if (options.json) return 'json';
  const format = options.format ?? 'text';
  if (format === 'text' || format === 'json' || format === 'html') return format;
  throw new ArgumentError('--format', `"${format}" is not one of text, json, html`);
}

async function runCheck(file: string, options: CheckOptions): Promise<void> {
  const format = formatOf(options);
  if (options.date !== undefined) parseDateArgument(options.date, '--date');
  const text = readArticle(file);
  const registry = loadRegistry();
  const report = await checkText(text, options.date, registry.instruments, (symbols) => withStore(options, (store) => loadStoredSeries(store, symbols)), (note) => writeSessionNote({ note }));
  const name = file === '-' ? 'stdin' : file;
  if (format === 'json') writeJson(reportJson(report, name));
  else if (format === 'html') process.stdout.write(renderHtml(text, report, `Check of ${name}`));
  else process.stdout.write(renderText(text, report, { explain: options.explain === true }));
  if (options.strict && report.counts.contradicted > 0) process.exitCode = 1;
}

/** Registers `check`. */
export function registerCheckCommand(program: Command): void {
  const command = program
    .command('check')
    .description('check the numbers in an article against the data: each claim supported, contradicted (with a correction) or unverifiable (with the reason)')
    .argument('<file>', 'the article, a UTF-8 text file of at most 1 MB, or - for stdin')
    .option('--date <date>', 'the article date YYYY-MM-DD (default: found in the text, e.g. "Monday, Nov. 25, 2024")')
    .option('--json', 'JSON output (same as --format json)')
    .option('--format <format>', 'text, json or html', 'text')
    .option('--strict', 'exit 1 when any claim is contradicted')
    .option('--explain', 'text output: under each claim, where its subject, date and period were read from and what left it uncertain');
  addStoreOption(command);
  command.action(async (file: string, options: CheckOptions) => runCheck(file, options));
  command.addHelpText(
    'after',
    `
Examples:
  $ marketfacts check story.txt                        date read from the dateline
  $ marketfacts check story.txt --date 2024-11-25 --json
  $ marketfacts check story.txt --format html > checked.html
  $ marketfacts check story.txt --explain                how each claim was read
  $ cat story.txt | marketfacts check - --strict       exit 1 if anything is wrong

Claims read (docs/claims.md): closes and day moves, week/month/quarter/year-to-date and
calendar-period moves, yields in basis points, records and record counts, distance from the
record, "biggest/best/worst ... since", "highest close since", streaks of days, weeks and
months, 52-week highs and lows, drawdown states, seasonal averages and month ranks, "first
close above" a level, and gaps between two instruments.

Exit codes: 0 checked (whatever the verdicts; empty input or text without claims is "no
claims", also 0), 1 with --strict when a claim is contradicted, 2 bad input (a missing file or
directory, binary, not UTF-8, over 1 MB, or claims found but no article date: give --date).`,
  );
}
