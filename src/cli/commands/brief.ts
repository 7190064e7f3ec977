/**
 * `marketfacts brief [--date D] [--symbols S,...] [--format text|markdown|html|json] [--json]
 * [--explain] [--snapshot SYMBOL=VALUE[@HH:MM]]... [--db PATH]`: the day's story from the store.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { composeBriefOf, selectSeries } from '../../api/brief.js';
import { ArgumentError } from '../../core/errors.js';
import type { DailySeries } from '../../core/series.js';
import { parseSnapshotFile, parseSnapshotLevel, type SnapshotLevel } from '../../facts/index.js';
import { BriefFormats, briefJson, renderHtml, renderMarkdown, renderText, type BriefFormat } from '../../narrative/index.js';
import { addStoreOption, withStore, writeSessionNote } from '../context.js';
import type { LiveLevels } from './brief-live.js';

export { briefDate, selectSeries } from '../../api/brief.js';

/** Options of the brief command as commander parses them. */
export interface BriefCommandOptions {
  readonly date?: string;
  readonly symbols?: string;
  readonly format?: string;
  readonly json?: boolean;
  readonly explain?: boolean;
  readonly snapshot?: readonly string[];
  readonly db?: string;
  /** Take each instrument's current price from its connector as a snapshot (brief-live.ts). */
  readonly live?: boolean;
}

/** The output format: `--json` wins over `--format`; default text. Throws ArgumentError for an unknown format. */
export function parseBriefFormat(options: BriefCommandOptions): BriefFormat {
  if (options.json === true) return 'json';
  const format = options.format ?? 'text';
  if ((BriefFormats as readonly string[]).includes(format)) return format as BriefFormat;
  throw new ArgumentError('--format', `"${format}" is not one of ${BriefFormats.join(', ')}`);
}

/** `--snapshot` values: `SYMBOL=VALUE[@HH:MM]`, or the path of a small CSV of them. */
export function parseSnapshotArguments(values: readonly string[], readText: (path: string) => string = readSnapshotFile): SnapshotLevel[] {
  return values.flatMap((value) => (value.includes('=') ? [parseSnapshotLevel(value)] : parseSnapshotFile(readText(value), value)));
}

function readSnapshotFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ArgumentError('--snapshot', `"${path}" is neither SYMBOL=VALUE[@HH:MM] nor a readable file`);
  }
}

/**
 * Renders the brief of `all` for the command's options: the whole command minus the store.
 * `live` (from `--live`) adds levels taken as `--snapshot` levels (a `--snapshot` of the same
 * symbol wins) and, without `--date`, sets the date to the day of the live prices.
 */
export function renderBriefCommand(all: readonly DailySeries[], options: BriefCommandOptions, storePath: string, live?: LiveLevels): string {
  const format = parseBriefFormat(options);
  const snapshots = [...(live?.levels ?? []), ...parseSnapshotArguments(options.snapshot ?? [])];
  const brief = composeBriefOf(all, { ...options, snapshots, ...(live?.day == null ? {} : { liveDay: live.day }) }, storePath, (note) => writeSessionNote({ note }));
  if (format === 'json') return `${JSON.stringify(briefJson(brief), null, 2)}\n`;
  if (format === 'markdown') return renderMarkdown(brief, options.explain === true);
  if (format === 'html') return renderHtml(brief, options.explain === true);
  return renderText(brief, options.explain === true);
}

/** `--live`: the connectors (and zod, which they use) are loaded only when asked for. */
async function fetchLive(series: readonly DailySeries[]): Promise<LiveLevels> {
  const [{ fetchLiveLevels }, { defaultConnectorContext }] = await Promise.all([import('./brief-live.js'), import('../../data/connectors/fetch-daily.js')]);
  return fetchLiveLevels(series, defaultConnectorContext());
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Registers `marketfacts brief`. */
export function registerBriefCommand(program: Command): void {
  const command = program
    .command('brief')
    .description("the day's market story in wire-story sentences, every number traceable to the closes it came from")
    .option('--date <date>', 'the day (YYYY-MM-DD); default: the latest session the S&P 500, the Dow and the Nasdaq share')
    .option('--symbols <list>', 'only these instruments, comma-separated (e.g. RUT,SPX,US10Y)')
    .option('--format <format>', `output: ${BriefFormats.join(', ')}`, 'text')
    .option('--json', 'the facts with their provenance as JSON (same as --format json)')
    .option('--explain', 'print under each sentence the rule and the observations behind it')
    .option('--snapshot <level>', 'a level not yet in the daily data, SYMBOL=VALUE[@HH:MM] or a CSV file of them; repeatable', collect, [])
    .option('--live', "each instrument's current price from its source (Yahoo Finance) as a preliminary snapshot; nothing is stored");
  addStoreOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ marketfacts brief                                  the latest day the major indexes share
  $ marketfacts brief --date 2024-11-25
  $ marketfacts brief --date 2024-11-25 --symbols RUT,SPX,US10Y --explain
  $ marketfacts brief --date 2024-11-25 --format markdown
  $ marketfacts brief --date 2024-11-25 --json         facts with provenance
  $ marketfacts brief --date 2024-11-26 --snapshot US10Y=4.30@15:00
  $ marketfacts brief --live                           "as of 3 p.m.": current prices, preliminary

A snapshot states a level before the close exists; its facts compare it with the prior close
and are marked preliminary. A snapshot file has one SYMBOL=VALUE[@HH:MM] or SYMBOL,VALUE[,HH:MM]
per line. Instruments whose data end before the date are named and left out.`,
  );
  command.action(async (options: BriefCommandOptions) => {
    await withStore(options, async (store) => {
      const all = await store.loadAllSeries();
      // --live: current prices fetched as snapshots, never stored (brief-live.ts).
      const live = options.live === true ? await fetchLive(selectSeries(all, options.symbols, store.path)) : undefined;
      for (const note of live?.notes ?? []) process.stderr.write(`marketfacts: ${note}\n`);
      process.stdout.write(renderBriefCommand(all, options, store.path, live));
    });
  });
}
