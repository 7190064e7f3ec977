/** The New York Stock Exchange: recurring holidays, special closures and early closes. */
import { closuresByRule } from './holiday-rule.js';
import type { MarketRules } from './market-rules.js';
import { nyseEarlyClosesIn } from './nyse-early-closes.js';
import { NYSE_HOLIDAY_RULES } from './nyse-holidays.js';
import { NYSE_SPECIAL_CLOSURES, specialClosuresIn } from './special-closures.js';

/** First year of the NYSE calendar: the first year of the shipped S&P 500 history it is tested on. */
export const NYSE_FIRST_YEAR = 1928;

/** The NYSE's rules (weekday sessions; see {@link hadSaturdaySession} for Saturdays before 1952). */
export const NYSE_RULES: MarketRules = {
  market: 'nyse',
  name: 'New York Stock Exchange',
  regularClose: '16:00',
  firstYear: NYSE_FIRST_YEAR,
  closuresIn: (year) => [...specialClosuresIn(NYSE_SPECIAL_CLOSURES, year), ...closuresByRule(NYSE_HOLIDAY_RULES, year)],
  earlyClosesIn: nyseEarlyClosesIn,
};
