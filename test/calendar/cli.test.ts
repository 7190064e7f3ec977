/**
 * `marketfacts calendar` as a person runs it: `node bin/marketfacts.js calendar ...` (after
 * `npm run build`). Expected sessions come from a plain scan of the shipped S&P 500 and FRED
 * files; the holidays of a year are the weekdays those files skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayFromCivil, formatIsoDay, isWeekend, type DayNumber } from '../../src/core/date.js';
import { REPO_ROOT } from '../helpers/shipped-series.js';
import { shippedDays } from './shipped-days.js';

const BIN = join(REPO_ROOT, 'bin', 'marketfacts.js');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, MARKETFACTS_DB: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The year's rows of a shipped file, and the weekdays it has no row for. */
function scanYear(fileName: string, year: number): { rows: string[]; missingWeekdays: string[] } {
  const rows = new Set(shippedDays(fileName).filter((day) => day >= dayFromCivil(year, 1, 1) && day <= dayFromCivil(year, 12, 31)));
  const missingWeekdays: string[] = [];
  for (let day = dayFromCivil(year, 1, 1); day <= dayFromCivil(year, 12, 31); day = (day + 1) as DayNumber) {
    if (!isWeekend(day) && !rows.has(day)) missingWeekdays.push(formatIsoDay(day));
  }
  return { rows: [...rows].sort((a, b) => a - b).map((day) => formatIsoDay(day as DayNumber)), missingWeekdays };
}

interface Listing {
  market: string;
  holidays: { date: string; name: string }[];
  early_closes: { date: string; time: string; name: string }[];
  sessions?: string[];
}

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'src', 'cli', 'commands', 'calendar.js'))) throw new Error('run "npm run build" before the CLI tests');
});

describe('marketfacts calendar --json', () => {
  it.each([2001, 2012, 2024])('NYSE %i: the sessions are the S&P 500 rows, the holidays the weekdays without one', (year) => {
    const result = run('calendar', '--year', String(year), '--sessions', '--json');
    expect(result.status).toBe(0);
    const listing = JSON.parse(result.stdout) as Listing;
    const scan = scanYear('GSPC.yahoo.csv', year);
    expect(listing.market).toBe('nyse');
    expect(listing.sessions).toEqual(scan.rows);
    expect(listing.holidays.map((h) => h.date)).toEqual(scan.missingWeekdays);
    expect(listing.holidays.every((h) => h.name.length > 0)).toBe(true);
  });

  it('bonds 2019: the sessions are the days FRED has a 10-year yield; early closes at 2 p.m.', () => {
    const listing = JSON.parse(run('calendar', '--market', 'bonds', '--year', '2019', '--sessions', '--json').stdout) as Listing;
    const scan = scanYear('DGS10.fred.csv', 2019);
    expect(listing.market).toBe('bonds');
    expect(listing.sessions).toEqual(scan.rows);
    expect(listing.holidays.map((h) => h.date)).toEqual(scan.missingWeekdays);
    expect(listing.holidays.map((h) => h.name)).toContain('Columbus Day');
    expect(new Set(listing.early_closes.map((e) => e.time))).toEqual(new Set(['14:00']));
  });

  it('a range keeps to its days, sessions included without --sessions', () => {
    const listing = JSON.parse(run('calendar', '--from', '2024-11-01', '--to', '2024-12-31', '--json').stdout) as Listing;
    expect(listing.sessions).toEqual(scanYear('GSPC.yahoo.csv', 2024).rows.filter((date) => date >= '2024-11-01'));
    expect(listing.holidays).toEqual([
      { date: '2024-11-28', name: 'Thanksgiving Day' },
      { date: '2024-12-25', name: 'Christmas Day' },
    ]);
    expect(listing.early_closes.map((e) => `${e.date} ${e.time}`)).toEqual(['2024-11-29 13:00', '2024-12-24 13:00']);
  });
});

describe('marketfacts calendar with no range', () => {
  it("lists this year in New York", () => {
    const listing = JSON.parse(run('calendar', '--json').stdout) as Listing & { from: string; to: string };
    const year = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', year: 'numeric' }).format(new Date());
    expect([listing.from, listing.to]).toEqual([`${year}-01-01`, `${year}-12-31`]);
  });
});

describe('marketfacts calendar in a terminal', () => {
  it('lists holidays with weekdays, early closes in AP time, and the session count', () => {
    const result = run('calendar', '--year', '2024');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2024-03-29  Fri  Good Friday');
    expect(result.stdout).toContain('2024-07-03  Wed  1 p.m.  day before Independence Day');
    expect(result.stdout).toContain(`${scanYear('GSPC.yahoo.csv', 2024).rows.length} sessions.`);
    expect(result.stdout).not.toContain('2024-11  ');
  });

  it('says what it leaves out: Saturday sessions before June 1952, early closes before they are listed', () => {
    const result = run('calendar', '--year', '1951');
    expect(result.stdout).toContain('The NYSE also traded most Saturdays until May 24, 1952; sessions here are weekday sessions.');
    expect(result.stdout).toContain('Early closes are listed from 1990.');
    expect(run('calendar', '--year', '1953').stdout).not.toContain('Saturdays');
    expect(run('calendar', '--market', 'bonds', '--year', '1999').stdout).toContain('Early closes are listed from 2000.');
    expect(run('calendar', '--year', '2024').stdout).not.toContain('listed from');
  });

  it('with --sessions lists them month by month with the count', () => {
    const november = scanYear('GSPC.yahoo.csv', 2024).rows.filter((date) => date.startsWith('2024-11'));
    const result = run('calendar', '--from', '2024-11-01', '--to', '2024-11-30', '--sessions');
    expect(result.stdout).toContain(`  2024-11  ${november.map((date) => String(Number(date.slice(8))).padStart(2)).join(' ')}  (${november.length})`);
  });

  it('has help with examples', () => {
    const result = run('calendar', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('--market bonds');
  });
});

describe('marketfacts calendar: bad arguments are one line and exit 2', () => {
  it.each([
    [['--market', 'lse'], '--market: "lse" is not a market (nyse or bonds)'],
    [['--year', '24'], '--year: "24" is not a year (YYYY)'],
    [['--year', '1900'], '--year: 1900 is outside the New York Stock Exchange calendar, which covers 1928 to 9999'],
    [['--market', 'bonds', '--from', '1980-01-02'], '--from: 1980-01-02 is outside the U.S. bond market (SIFMA) calendar, which covers 1986 to 9999'],
    [['--from', '2024-02-30'], '--from: "2024-02-30" is not a calendar date (YYYY-MM-DD)'],
    [['--from', '2024-05-01', '--to', '2024-04-01'], '--to: 2024-04-01 is before --from 2024-05-01'],
    [['--year', '2024', '--to', '2024-04-01'], '--year: give either --year or --from/--to, not both'],
  ])('%j', (args, message) => {
    const result = run('calendar', ...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`marketfacts: ${message}\n`);
  });
});
