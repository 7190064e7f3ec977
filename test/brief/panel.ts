/**
 * The panel of days the brief is read against: every kind of market day a desk writes up,
 * 1987 to 2026 across the shipped data. Each has a golden file (test/brief/golden/panel/DATE.txt)
 * that has been read as copy; the rule tests run over the same days.
 */

/** What kind of day it is, as a desk would file it. */
export type PanelKind = 'crash' | 'rally' | 'record' | 'quiet' | 'holiday week' | 'month end' | 'year end' | 'bond-led' | 'after a closure' | 'drawdown';

/** One day of the panel. */
export interface PanelDay {
  readonly date: string;
  readonly kind: PanelKind;
  /** What happened, in a few words (the desk's slug). */
  readonly slug: string;
}

/** The panel, in date order. */
export const PANEL: readonly PanelDay[] = [
  { date: '1987-10-19', kind: 'crash', slug: 'Black Monday' },
  { date: '1987-10-21', kind: 'rally', slug: 'rebound after the crash' },
  { date: '1989-10-13', kind: 'crash', slug: 'Friday-the-13th mini-crash' },
  { date: '1997-10-27', kind: 'crash', slug: 'Asian crisis selloff' },
  { date: '1998-08-31', kind: 'crash', slug: 'Russia default selloff, month end' },
  { date: '1999-12-31', kind: 'year end', slug: 'Nasdaq caps its best year' },
  { date: '2000-03-10', kind: 'record', slug: 'Nasdaq dot-com peak' },
  { date: '2000-04-14', kind: 'crash', slug: 'Nasdaq worst week' },
  { date: '2001-09-17', kind: 'after a closure', slug: 'first session after Sept. 11' },
  { date: '2002-07-24', kind: 'rally', slug: 'Dow rallies 488 points' },
  { date: '2007-10-09', kind: 'record', slug: 'S&P 500 record before the crisis' },
  { date: '2008-09-29', kind: 'crash', slug: 'bailout vote fails' },
  { date: '2008-10-13', kind: 'rally', slug: 'best day since the 1930s' },
  { date: '2008-12-31', kind: 'year end', slug: 'worst year since 1937' },
  { date: '2009-03-09', kind: 'drawdown', slug: 'bear-market low' },
  { date: '2011-08-08', kind: 'crash', slug: 'U.S. downgrade' },
  { date: '2012-10-31', kind: 'after a closure', slug: 'first session after Hurricane Sandy' },
  { date: '2013-03-28', kind: 'record', slug: 'S&P 500 first record since 2007, quarter end' },
  { date: '2015-08-24', kind: 'crash', slug: 'China selloff' },
  { date: '2016-11-25', kind: 'holiday week', slug: 'day after Thanksgiving' },
  { date: '2017-11-14', kind: 'quiet', slug: 'quiet day' },
  { date: '2018-02-05', kind: 'crash', slug: 'Dow biggest point drop' },
  { date: '2018-12-24', kind: 'holiday week', slug: 'Christmas Eve selloff' },
  { date: '2018-12-26', kind: 'rally', slug: 'Dow 1,000-point gain' },
  { date: '2019-12-31', kind: 'year end', slug: 'best year since 2013' },
  { date: '2020-03-16', kind: 'crash', slug: 'pandemic crash' },
  { date: '2020-03-24', kind: 'rally', slug: 'best day since 1933' },
  { date: '2020-08-04', kind: 'bond-led', slug: '10-year yield record low' },
  { date: '2020-11-30', kind: 'month end', slug: 'best month since 1987' },
  { date: '2022-01-03', kind: 'record', slug: 'records to start the year' },
  { date: '2022-06-13', kind: 'drawdown', slug: 'S&P 500 enters a bear market' },
  { date: '2022-09-13', kind: 'crash', slug: 'hot inflation report' },
  { date: '2023-03-13', kind: 'bond-led', slug: '2-year yield plunges on bank failures' },
  { date: '2023-05-19', kind: 'quiet', slug: 'quiet Friday, best week since March' },
  { date: '2024-07-03', kind: 'holiday week', slug: 'holiday-shortened session' },
  { date: '2024-08-05', kind: 'crash', slug: 'VIX spike' },
  { date: '2024-11-25', kind: 'quiet', slug: 'reference day: Dow record, Russell near record' },
  { date: '2024-11-29', kind: 'month end', slug: 'day after Thanksgiving, month end' },
  { date: '2024-12-31', kind: 'year end', slug: 'second straight 20% year' },
  { date: '2025-04-03', kind: 'crash', slug: 'tariff shock, first day' },
  { date: '2025-04-04', kind: 'crash', slug: 'tariff shock, second day' },
  { date: '2025-04-09', kind: 'rally', slug: 'tariff pause rally' },
  { date: '2026-01-09', kind: 'record', slug: 'records after jobs report' },
];
