/**
 * Days a market closed outside its recurring holidays: national days of mourning, storms,
 * the 2001 attacks, and the historical closures of the NYSE. Each has its reason; docs/calendar.md
 * lists them with their sources.
 */
import { parseIsoDay, type DayNumber } from '../core/date.js';
import type { Holiday } from './types.js';

/** A closure given by date: `YYYY-MM-DD` and the reason, as the calendar names it. */
export interface SpecialClosure {
  readonly date: string;
  readonly name: string;
}

const PAPERWORK = 'Paperwork crisis: closed Wednesdays to clear the backlog';

/** The NYSE's full-day closures outside its recurring holidays, weekdays only, oldest first. */
export const NYSE_SPECIAL_CLOSURES: readonly SpecialClosure[] = [
  { date: '1929-11-01', name: 'Backlog relief after the 1929 crash' },
  { date: '1929-11-29', name: 'Backlog relief after the 1929 crash' },
  ...['1933-03-06', '1933-03-07', '1933-03-08', '1933-03-09', '1933-03-10', '1933-03-13', '1933-03-14'].map((date) => ({ date, name: 'Bank holiday' })),
  { date: '1945-08-15', name: 'Victory over Japan' },
  { date: '1945-08-16', name: 'Victory over Japan' },
  { date: '1945-12-24', name: 'Christmas Eve' },
  { date: '1956-12-24', name: 'Christmas Eve' },
  { date: '1958-12-26', name: 'Day after Christmas' },
  { date: '1961-05-29', name: 'Day before Memorial Day' },
  { date: '1963-11-25', name: 'National Day of Mourning for President John F. Kennedy' },
  { date: '1968-02-12', name: "Lincoln's Birthday" },
  { date: '1968-04-09', name: 'National Day of Mourning for Martin Luther King Jr.' },
  ...['1968-06-12', '1968-06-19', '1968-06-26', '1968-07-10', '1968-07-17', '1968-07-24', '1968-07-31', '1968-08-07', '1968-08-14', '1968-08-21', '1968-08-28', '1968-09-11', '1968-09-18', '1968-09-25', '1968-10-02', '1968-10-09', '1968-10-16', '1968-10-23', '1968-10-30', '1968-11-20', '1968-12-04', '1968-12-11', '1968-12-18'].map((date) => ({ date, name: PAPERWORK })),
  { date: '1968-07-05', name: 'Day after Independence Day' },
  { date: '1968-11-11', name: 'Veterans Day (paperwork crisis: the closing day of that week)' },
  { date: '1969-02-10', name: 'Snowstorm' },
  { date: '1969-03-31', name: 'National Day of Mourning for President Dwight D. Eisenhower' },
  { date: '1969-07-21', name: 'First lunar landing' },
  { date: '1972-12-28', name: 'National Day of Mourning for President Harry S. Truman' },
  { date: '1973-01-25', name: 'National Day of Mourning for President Lyndon B. Johnson' },
  { date: '1977-07-14', name: 'New York City blackout' },
  { date: '1985-09-27', name: 'Hurricane Gloria' },
  { date: '1994-04-27', name: 'National Day of Mourning for President Richard Nixon' },
  { date: '2001-09-11', name: 'Terrorist attacks of Sept. 11' },
  { date: '2001-09-12', name: 'Terrorist attacks of Sept. 11' },
  { date: '2001-09-13', name: 'Terrorist attacks of Sept. 11' },
  { date: '2001-09-14', name: 'Terrorist attacks of Sept. 11' },
  { date: '2004-06-11', name: 'National Day of Mourning for President Ronald Reagan' },
  { date: '2007-01-02', name: 'National Day of Mourning for President Gerald R. Ford' },
  { date: '2012-10-29', name: 'Hurricane Sandy' },
  { date: '2012-10-30', name: 'Hurricane Sandy' },
  { date: '2018-12-05', name: 'National Day of Mourning for President George H.W. Bush' },
  { date: '2025-01-09', name: 'National Day of Mourning for President Jimmy Carter' },
];

/** The closures of a list that fall in a year, as holidays. Throws on a malformed date (a bug in the list). */
export function specialClosuresIn(closures: readonly SpecialClosure[], year: number): Holiday[] {
  const prefix = `${String(year).padStart(4, '0')}-`;
  return closures.filter((closure) => closure.date.startsWith(prefix)).map((closure) => ({ day: dayOf(closure.date), name: closure.name }));
}

function dayOf(date: string): DayNumber {
  const day = parseIsoDay(date);
  if (day === null) throw new Error(`special closure list: ${date} is not a date`);
  return day;
}
