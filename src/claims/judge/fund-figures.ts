/**
 * Verdicts on fund fact-sheet figures (types-since.ts `fund-figure`): the trailing return, the
 * maximum drawdown and the growth of $1,000 over N years (fundReport), on the price and the
 * total-return basis. A table seldom says its basis, and fact sheets date their windows by
 * their own conventions: a figure holds when either basis gives it within its rounding, and
 * one that neither gives is `unclear`, never contradicted.
 */
import { formatIsoDay, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import { fundReport, type FundReturn } from '../../stats/index.js';
import { compareNumber } from './tolerance.js';
import { provenanceOf, unverifiable } from './support.js';
import type { Verdict } from '../types.js';
import type { FundFigureClaim } from '../types-since.js';

const RULES: Readonly<Record<FundFigureClaim['metric'], string>> = {
  fund_return: 'trailing return over the years named, in percent (price or total-return basis)',
  fund_max_drawdown: 'largest fall from a running peak over the years named, in percent',
  fund_growth_of_1000: '$1,000 times one plus the trailing return over the years named, in dollars',
};

function valueOf(claim: FundFigureClaim, r: FundReturn): number {
  return claim.metric === 'fund_return' ? r.pct : claim.metric === 'fund_max_drawdown' ? r.max_drawdown_pct : r.growth_of_1000;
}

/** The verdict on a fund-table figure. */
export function judgeFundFigure(claim: FundFigureClaim, series: DailySeries): Verdict {
  const first = series.days[0] ?? 0;
  if (first > claim.day) return unverifiable('before-data', `${series.instrument.symbol} data begin ${formatIsoDay(first as DayNumber)}`);
  const report = fundReport(series, claim.day, [claim.years]);
  const bases = [report.price?.[0] ?? null, report.total?.[0] ?? null].filter((r): r is FundReturn => r !== null);
  if (bases.length === 0) return unverifiable('before-data', `the data do not reach ${claim.years} years back from ${formatIsoDay(claim.day)}`);
  const readings = bases.map((r) => ({ r, value: valueOf(claim, r) }));
  const notes = readings.map(({ r, value }) => `${r.basis} ${value.toFixed(2)} (${r.from_date} to ${r.to_date})`).join('; ');
  const holding = readings.find(({ value }) => compareNumber(claim.stated, value).holds);
  const shown = holding ?? readings[0];
  const provenance = provenanceOf(series.instrument, shown?.r.basis ?? 'price', shown?.r.to_date ?? formatIsoDay(claim.day), RULES[claim.metric], []);
  if (holding !== undefined) return { verdict: 'supported', actual: holding.value, note: `${notes}: holds on the ${holding.r.basis} basis`, provenance };
  return unverifiable('unclear', `neither basis gives the figure (${notes}); a fact sheet's basis and window dates are its own`, shown?.value ?? null, provenance);
}
