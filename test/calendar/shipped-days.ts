/**
 * The days each shipped data file has a row for, read straight from the CSV text (the first
 * column of every line after the header), independently of the project's readers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIsoDay, type DayNumber } from '../../src/core/date.js';

/** The repository's data/ folder. */
export const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

/** The dated rows of a shipped file, as day numbers in file order. */
export function shippedDays(fileName: string): DayNumber[] {
  const lines = readFileSync(join(DATA_DIR, fileName), 'utf8').split(/\r?\n/).slice(1);
  const days: DayNumber[] = [];
  for (const line of lines) {
    const day = parseIsoDay(line.slice(0, line.indexOf(',')));
    if (day !== null) days.push(day);
  }
  return days;
}

/** ISO dates of the days in [from, to] (both inclusive) that are in `a` and not in `b`. */
export function daysOnlyIn(a: Iterable<number>, b: ReadonlySet<number>, from: number, to: number): number[] {
  const out: number[] = [];
  for (const day of a) if (day >= from && day <= to && !b.has(day)) out.push(day);
  return out;
}
