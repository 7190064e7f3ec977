/**
 * The closing table of the major indexes, as AP runs it under a market story:
 *
 *     On Monday:
 *     S&P 500: down 324.89 points, or 12%, to 2,386.13.
 *     ...
 *     For the week:
 *     S&P 500: down 324.89 points, or 12%.
 *     For the year:
 *     S&P 500: down 844.65 points, or 26.1%.
 *
 * Each row is a sentence with the facts it states (the day's move, the week- and year-to-date
 * period moves), so `--explain` and the JSON expand it like any other.
 */
import type { Instrument } from '../core/instrument.js';
import type { DayMoveFact, Fact, PeriodMoveFact } from '../facts/fact.js';
import { formatNumber } from './ap-style.js';
import { tableName } from './market.js';
import { levelText, percentText, weekdayText } from './phrases.js';
import type { Sentence } from './pool.js';

/** One section of the table: its title ("On Monday:") and a row per index. */
export interface TableSection {
  readonly title: string;
  readonly rows: readonly Sentence[];
}

/** `down 324.89 points, or 12%`; `unchanged` for no move. */
function changeText(points: number, percent: number): string {
  if (points === 0) return 'unchanged';
  return `${points > 0 ? 'up' : 'down'} ${formatNumber(Math.abs(points), 2)} points, or ${percentText(percent)}`;
}

/**
 * The table of the indexes among `ordered` (story order: the S&P 500, the Dow, the Nasdaq, then
 * small caps), from their day-move and week- and year-to-date period-move facts. Indexes whose
 * figures are as of another date than `date` are left out (their row would not be that day's).
 * On the week's first session (every week's base is the day's prior close) there is no week
 * section, and on the year's first session no year section.
 * Empty when no index has a day's move.
 */
export function closingTable(facts: readonly Fact[], ordered: readonly Instrument[], date: string): TableSection[] {
  const indexes = ordered.filter((i) => i.kind === 'index');
  const find = <K extends Fact['kind']>(symbol: string, kind: K, test: (f: Extract<Fact, { kind: K }>) => boolean = () => true): Extract<Fact, { kind: K }> | undefined =>
    facts.find((f): f is Extract<Fact, { kind: K }> => f.kind === kind && f.symbol === symbol && test(f as Extract<Fact, { kind: K }>));
  const day: Sentence[] = [];
  const week: Sentence[] = [];
  const year: Sentence[] = [];
  // On the week's (the year's) first session the week (the year) is the day: its rows would repeat the day's.
  let weekIsDay = true;
  let yearIsDay = true;
  for (const instrument of indexes) {
    const move: DayMoveFact | undefined = find(instrument.symbol, 'day-move');
    if (move === undefined || move.date !== date || move.preliminary) continue;
    const name = tableName(instrument);
    day.push({ text: `${name}: ${changeText(move.changePoints, move.move)}, to ${levelText(instrument, move.close)}.`, facts: [move] });
    const period = (p: PeriodMoveFact['period']): PeriodMoveFact | undefined => find(instrument.symbol, 'period-move', (f) => f.period === p);
    const wtd = period('wtd');
    if (wtd !== undefined) week.push({ text: `${name}: ${changeText(wtd.changePoints, wtd.move)}.`, facts: [wtd] });
    if (wtd !== undefined && wtd.baseDate !== move.prevDate) weekIsDay = false;
    const ytd = period('ytd');
    if (ytd !== undefined) year.push({ text: `${name}: ${changeText(ytd.changePoints, ytd.move)}.`, facts: [ytd] });
    if (ytd !== undefined && ytd.baseDate !== move.prevDate) yearIsDay = false;
  }
  if (day.length === 0) return [];
  return [
    { title: `On ${weekdayText(date)}:`, rows: day },
    ...(week.length > 0 && !weekIsDay ? [{ title: 'For the week:', rows: week }] : []),
    ...(year.length > 0 && !yearIsDay ? [{ title: 'For the year:', rows: year }] : []),
  ];
}
