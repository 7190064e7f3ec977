/**
 * `marketfacts calendar [--market nyse|bonds] [--year Y | --from D --to D] [--sessions] [--json]`:
 * a market's holidays (with their names), early closes (with their times) and, on request,
 * every session, as JSON or as a table. Needs no store.
 */
import type { Command } from 'commander';
import { BOND_EARLY_CLOSES_FROM, calendarOf, clockMinutes, LAST_CALENDAR_YEAR, LAST_SATURDAY_SESSION, MarketIds, NYSE_EARLY_CLOSES_FROM, todayInNewYork, type MarketCalendar, type MarketId } from '../../calendar/index.js';
import { civilFromDay, dayFromCivil, formatIsoDay, parseIsoDay, weekdayOf, type DayNumber } from '../../core/date.js';
import { ArgumentError } from '../../core/errors.js';
import { formatApTime } from '../../narrative/ap-style.js';
import { countOf, writeJson } from '../output.js';
import { parseYearArgument } from './seasonality.js';
import { parseDateArgument } from './stats.js';

/** Options of the calendar command, as commander gives them. */
export interface CalendarCommandOptions {
  readonly market?: string;
  readonly year?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sessions?: boolean;
  readonly json?: boolean;
}

/** The days a calendar listing covers, both inclusive. */
export interface CalendarRange {
  readonly from: DayNumber;
  readonly to: DayNumber;
}

/** The JSON the command prints; dates `YYYY-MM-DD`, times 24-hour `HH:MM` New York time. */
export interface CalendarJson {
  readonly market: MarketId;
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly regular_close: string;
  readonly holidays: readonly { readonly date: string; readonly name: string }[];
  readonly early_closes: readonly { readonly date: string; readonly time: string; readonly name: string }[];
  /** Every session of the range, ascending (in the JSON always; on a terminal with --sessions). */
  readonly sessions: readonly string[];
  /** What the listing leaves out for the range: Saturday sessions before June 1952, early closes before the years they are listed. */
  readonly notes: readonly string[];
}

/** Parses `--market`: `nyse` (the default) or `bonds`. */
export function parseMarketArgument(text: string | undefined): MarketId {
  if (text === undefined) return 'nyse';
  const market = MarketIds.find((id) => id === text.trim().toLowerCase());
  if (market === undefined) throw new ArgumentError('--market', `"${text}" is not a market (${MarketIds.join(' or ')})`);
  return market;
}

/**
 * The range the options ask for: `--year Y`, or `--from D` and/or `--to D` (a missing end is the
 * end of the other's year, a missing start the start of its year), or else this year in New
 * York. Throws ArgumentError for a bad date or year, both forms at once, an inverted range, or
 * days the calendar does not cover.
 */
export function parseCalendarRange(options: CalendarCommandOptions, calendar: MarketCalendar, today: string = todayInNewYork()): CalendarRange {
  if (options.year !== undefined && (options.from !== undefined || options.to !== undefined)) {
    throw new ArgumentError('--year', 'give either --year or --from/--to, not both');
  }
  if (options.from !== undefined || options.to !== undefined) return rangeOfDates(options.from, options.to, calendar);
  const year = parseYearArgument(options.year, '--year') ?? Number(today.slice(0, 4));
  checkCovered(calendar, dayFromCivil(year, 1, 1), '--year', String(year));
  return { from: dayFromCivil(year, 1, 1), to: dayFromCivil(year, 12, 31) };
}

function rangeOfDates(fromText: string | undefined, toText: string | undefined, calendar: MarketCalendar): CalendarRange {
  const from = fromText === undefined ? undefined : parseDateArgument(fromText, '--from');
  const to = toText === undefined ? undefined : parseDateArgument(toText, '--to');
  if (from !== undefined) checkCovered(calendar, from, '--from', formatIsoDay(from));
  if (to !== undefined) checkCovered(calendar, to, '--to', formatIsoDay(to));
  const start = from ?? dayFromCivil(civilFromDay(to ?? calendar.firstDay).year, 1, 1);
  const end = to ?? dayFromCivil(civilFromDay(start).year, 12, 31);
  if (end < start) throw new ArgumentError('--to', `${formatIsoDay(end)} is before --from ${formatIsoDay(start)}`);
  return { from: start, to: end };
}

function checkCovered(calendar: MarketCalendar, day: DayNumber, argument: string, asked: string): void {
  if (!calendar.covers(day)) throw new ArgumentError(argument, `${asked} is outside the ${calendar.name} calendar, which covers ${calendar.firstYear} to ${LAST_CALENDAR_YEAR}`);
}

/** The listing of a range as the JSON contract gives it. */
export function calendarJson(calendar: MarketCalendar, range: CalendarRange): CalendarJson {
  return {
    market: calendar.market,
    name: calendar.name,
    from: formatIsoDay(range.from),
    to: formatIsoDay(range.to),
    regular_close: calendar.regularClose,
    holidays: calendar.holidaysBetween(range.from, range.to).map((h) => ({ date: formatIsoDay(h.day), name: h.name })),
    early_closes: calendar.earlyClosesBetween(range.from, range.to).map((e) => ({ date: formatIsoDay(e.day), time: e.time, name: e.name })),
    sessions: Array.from(calendar.sessionsBetween(range.from, range.to), (day) => formatIsoDay(day as DayNumber)),
    notes: notesFor(calendar.market, range),
  };
}

/** The caveats of a range: what the calendar does not list for those years. */
function notesFor(market: MarketId, range: CalendarRange): string[] {
  const notes: string[] = [];
  if (market === 'nyse' && range.from <= LAST_SATURDAY_SESSION) notes.push('The NYSE also traded most Saturdays until May 24, 1952; sessions here are weekday sessions.');
  const earlyFrom = market === 'nyse' ? NYSE_EARLY_CLOSES_FROM : BOND_EARLY_CLOSES_FROM;
  if (civilFromDay(range.from).year < earlyFrom) notes.push(`Early closes are listed from ${earlyFrom}.`);
  return notes;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

function dateCell(date: string): string {
  const day = parseIsoDay(date) ?? (0 as DayNumber);
  return `${date}  ${WEEKDAYS[weekdayOf(day)] ?? ''}`;
}

function apTime(time: string): string {
  return formatApTime(clockMinutes(time));
}

/** The listing as text for a terminal: holidays, early closes, the session count and, with `withSessions`, the sessions month by month. */
export function renderCalendar(json: CalendarJson, withSessions: boolean): string {
  const lines = [`${json.name}, ${json.from} to ${json.to} (regular close ${apTime(json.regular_close)} New York time)`, ''];
  lines.push(json.holidays.length === 0 ? 'Holidays: none' : `Holidays (${json.holidays.length}):`);
  for (const holiday of json.holidays) lines.push(`  ${dateCell(holiday.date)}  ${holiday.name}`);
  lines.push('', json.early_closes.length === 0 ? 'Early closes: none' : `Early closes (${json.early_closes.length}):`);
  const width = Math.max(0, ...json.early_closes.map((e) => apTime(e.time).length));
  for (const early of json.early_closes) lines.push(`  ${dateCell(early.date)}  ${apTime(early.time).padEnd(width)}  ${early.name}`);
  lines.push('', `${countOf(json.sessions.length, 'session')}.`);
  for (const note of json.notes) lines.push(note);
  if (withSessions) {
    const byMonth = new Map<string, string[]>();
    for (const date of json.sessions) {
      const month = date.slice(0, 7);
      byMonth.set(month, [...(byMonth.get(month) ?? []), String(Number(date.slice(8))).padStart(2)]);
    }
    for (const [month, days] of byMonth) lines.push(`  ${month}  ${days.join(' ')}  (${days.length})`);
  }
  return `${lines.join('\n')}\n`;
}

/** Registers `calendar`. */
export function registerCalendarCommand(program: Command): void {
  const command = program
    .command('calendar')
    .description('market holidays with their names, early closes with their times and, with --sessions, every session')
    .option('--market <market>', 'nyse (stocks, indexes, ETFs; the default) or bonds (Treasury yields, SIFMA)')
    .option('--year <year>', 'one calendar year (default: this year in New York)')
    .option('--from <date>', 'first day, YYYY-MM-DD (without --to: through the end of its year)')
    .option('--to <date>', 'last day, YYYY-MM-DD (without --from: from the start of its year)')
    .option('--sessions', 'also list every session, month by month')
    .option('--json', 'print {"market", "holidays", "early_closes", "sessions"} as JSON (sessions always included)');
  command.addHelpText(
    'after',
    `
Examples:
  $ marketfacts calendar                                this year's NYSE holidays and early closes
  $ marketfacts calendar --year 2001                    the NYSE's 2001, Sept. 11 to 14 included
  $ marketfacts calendar --market bonds --year 2025     the bond market: Columbus Day, Veterans Day, 2 p.m. closes
  $ marketfacts calendar --from 2024-11-01 --to 2024-12-31 --sessions
  $ marketfacts calendar --year 2027 --json

Times are New York time. NYSE from 1928 (weekday sessions; Saturday sessions, held until
May 1952, are not listed), early closes from 1990; bond market from 1986, its 2 p.m. early
closes from 2000. Years ahead are computed by rule; see docs/calendar.md.`,
  );
  command.action((options: CalendarCommandOptions) => {
    const calendar = calendarOf(parseMarketArgument(options.market));
    const range = parseCalendarRange(options, calendar);
    const json = calendarJson(calendar, range);
    if (options.json) writeJson(json);
    else process.stdout.write(renderCalendar(json, options.sessions === true));
  });
}
