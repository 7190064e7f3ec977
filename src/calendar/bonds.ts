/**
 * The U.S. bond market (Treasury yields): SIFMA's recommended full closes and 2 p.m. early
 * closes, the special closures, and the Good Fridays it traded because the monthly
 * employment report came out that morning.
 */
import { addDays, civilFromDay, dayFromCivil, formatIsoDay, parseIsoDay, weekdayOf, yearOf, type DayNumber } from '../core/date.js';
import { BOND_HOLIDAY_RULES } from './bond-holidays.js';
import { lastWeekdayOf, nthWeekdayOf, Weekday } from './date-rules.js';
import { goodFriday } from './easter.js';
import { closuresByRule } from './holiday-rule.js';
import type { MarketRules } from './market-rules.js';
import { specialClosuresIn, type SpecialClosure } from './special-closures.js';
import type { EarlyClose, Holiday } from './types.js';

/** First year of the bond calendar. */
export const BOND_FIRST_YEAR = 1986;
/** First year whose 2 p.m. early closes the bond calendar lists. */
export const BOND_EARLY_CLOSES_FROM = 2000;

/** Full-day closures outside the recurring holidays. */
export const BOND_SPECIAL_CLOSURES: readonly SpecialClosure[] = [
  { date: '1994-04-27', name: 'National Day of Mourning for President Richard Nixon' },
  { date: '2001-09-11', name: 'Terrorist attacks of Sept. 11' },
  { date: '2001-09-12', name: 'Terrorist attacks of Sept. 11' },
  { date: '2004-06-11', name: 'National Day of Mourning for President Ronald Reagan' },
  { date: '2012-10-30', name: 'Hurricane Sandy' },
  { date: '2018-12-05', name: 'National Day of Mourning for President George H.W. Bush' },
];

/** First year the bond market traded a Good Friday that brought the employment report. */
export const BOND_GOOD_FRIDAY_TRADING_FROM = 1996;
/** First year whose traded Good Friday closes at noon in this calendar (the earlier closing times are not recorded). */
const BOND_GOOD_FRIDAY_NOON_FROM = 2007;

/**
 * True when the bond market trades on the year's Good Friday: from 1996, when Good Friday is
 * the first Friday of April, the day the Labor Department publishes the monthly employment
 * report, SIFMA recommends trading until noon instead of a full close (1996, 1999, 2007, 2010,
 * 2012, 2015, 2021, 2023, 2026; next 2034). A prediction for years ahead: SIFMA confirms each.
 */
export function tradesOnGoodFriday(year: number): boolean {
  const day = civilFromDay(goodFriday(year));
  return year >= BOND_GOOD_FRIDAY_TRADING_FROM && day.month === 4 && day.day <= 7;
}

/** Unscheduled early closes: national days of mourning the bond market traded through (2 p.m.). */
const BOND_SPECIAL_EARLY_CLOSES: readonly SpecialClosure[] = [
  { date: '2007-01-02', name: 'National Day of Mourning for President Gerald R. Ford' },
  { date: '2025-01-09', name: 'National Day of Mourning for President Jimmy Carter' },
];

function bondClosuresIn(year: number): Holiday[] {
  const tradedGoodFriday = tradesOnGoodFriday(year) ? goodFriday(year) : null;
  const closures = [...specialClosuresIn(BOND_SPECIAL_CLOSURES, year), ...closuresByRule(BOND_HOLIDAY_RULES, year)];
  return closures.filter((closure) => closure.day !== tradedGoodFriday);
}

/** The last weekday before a day (holidays aside: the caller drops early closes on closures). */
function weekdayBefore(day: DayNumber): DayNumber {
  let previous = addDays(day, -1);
  while (weekdayOf(previous) === Weekday.saturday || weekdayOf(previous) === Weekday.sunday) previous = addDays(previous, -1);
  return previous;
}

/**
 * The bond market's early closes in a year, from {@link BOND_EARLY_CLOSES_FROM}: 2 p.m. on
 * the weekday before Good Friday, Memorial Day, Independence Day (as observed), Christmas
 * (as observed) and New Year's Day (Dec. 31, or the weekday before a Saturday Dec. 31), and
 * on the day after Thanksgiving; noon on a traded Good Friday; the unscheduled closes. Less
 * the days SIFMA made full trading days (Dec. 31, 2010).
 */
function bondEarlyClosesIn(year: number): EarlyClose[] {
  return scheduledBondEarlyClosesIn(year).filter((close) => !BOND_FULL_DAYS.includes(formatIsoDay(close.day)));
}

/** Days the rules give a 2 p.m. close that SIFMA recommended as full trading days instead. */
const BOND_FULL_DAYS: readonly string[] = [
  // Friday before a Saturday New Year's Day: the last trading day of 2010.
  '2010-12-31',
];

function scheduledBondEarlyClosesIn(year: number): EarlyClose[] {
  const closes: EarlyClose[] = [];
  for (const special of BOND_SPECIAL_EARLY_CLOSES) {
    const day = parseIsoDay(special.date);
    if (day !== null && yearOf(day) === year) closes.push({ day, time: '14:00', name: special.name });
  }
  if (tradesOnGoodFriday(year) && year >= BOND_GOOD_FRIDAY_NOON_FROM) closes.push({ day: goodFriday(year), time: '12:00', name: 'Good Friday (employment report)' });
  if (year < BOND_EARLY_CLOSES_FROM) return closes;
  const add = (day: DayNumber, name: string): void => {
    closes.push({ day, time: '14:00', name });
  };
  // Kept in the years Good Friday trades: SIFMA's notices call the Friday the one change from standard practice.
  add(weekdayBefore(goodFriday(year)), 'day before Good Friday');
  add(weekdayBefore(lastWeekdayOf(year, 5, Weekday.monday)), 'day before Memorial Day');
  add(weekdayBefore(observedWeekday(dayFromCivil(year, 7, 4))), 'day before Independence Day');
  add(addDays(nthWeekdayOf(year, 11, Weekday.thursday, 4), 1), 'day after Thanksgiving');
  add(weekdayBefore(observedWeekday(dayFromCivil(year, 12, 25))), 'day before Christmas');
  const newYearsEve = dayFromCivil(year, 12, 31);
  add(weekdayOf(newYearsEve) === Weekday.saturday || weekdayOf(newYearsEve) === Weekday.sunday ? weekdayBefore(newYearsEve) : newYearsEve, "day before New Year's Day");
  return closes;
}

function observedWeekday(day: DayNumber): DayNumber {
  const weekday = weekdayOf(day);
  if (weekday === Weekday.saturday) return addDays(day, -1);
  if (weekday === Weekday.sunday) return addDays(day, 1);
  return day;
}

/** The bond market's rules. */
export const BOND_RULES: MarketRules = {
  market: 'bonds',
  name: 'U.S. bond market (SIFMA)',
  regularClose: '17:00',
  firstYear: BOND_FIRST_YEAR,
  closuresIn: bondClosuresIn,
  earlyClosesIn: bondEarlyClosesIn,
};
