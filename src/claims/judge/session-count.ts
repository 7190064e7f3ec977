/** Verdicts on "down nine of the past 11 trading days": the down (up) one-day moves among the last M sessions, the date's included. */
import { formatIsoDay, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import { indexOnOrBefore } from '../../series/lookup.js';
import type { ReturnBasis } from '../../stats/index.js';
import { correctNumber } from './correct.js';
import { provenanceOf, unverifiable } from './support.js';
import type { Verdict } from '../types.js';
import type { SessionCountClaim } from '../types-periods.js';

/** The verdict on a session-count claim. */
export function judgeSessionCount(claim: SessionCountClaim, series: DailySeries, basis: ReturnBasis): Verdict {
  const values = basis === 'total' ? series.adjClose : series.close;
  if (values === null) return unverifiable('not-computable', 'no closes of that basis');
  const end = indexOnOrBefore(series.days, claim.day);
  const first = end - claim.of + 1;
  if (first < 1) return unverifiable('before-data', `the data hold fewer than ${claim.of + 1} closes up to the date`);
  const up = claim.metric === 'sessions_up_of_last';
  let count = 0;
  let unchanged = 0;
  for (let i = first; i <= end; i++) {
    const move = (values[i] ?? Number.NaN) - (values[i - 1] ?? Number.NaN);
    if (up ? move > 0 : move < 0) count++;
    if (move === 0) unchanged++;
  }
  const symbol = series.instrument.symbol;
  const from = formatIsoDay((series.days[first] ?? 0) as DayNumber);
  const to = formatIsoDay((series.days[end] ?? 0) as DayNumber);
  const provenance = provenanceOf(series.instrument, basis, to, `sessions closing ${up ? 'above' : 'below'} the prior close among the last ${claim.of}, the date's included`, [
    { symbol, date: formatIsoDay((series.days[first - 1] ?? 0) as DayNumber), value: values[first - 1] ?? Number.NaN, role: 'close before the first session counted' },
    { symbol, date: to, value: values[end] ?? Number.NaN, role: 'close' },
  ]);
  const note = `${count} of the ${claim.of} sessions from ${from} to ${to} closed ${up ? 'up' : 'down'}; counts must match`;
  if (count === claim.stated.value) return { verdict: 'supported', actual: count, note, provenance };
  // A yield's unchanged FRED closes (two decimals) may be moves either way in quotes to three: a count they could make up is not certain.
  if (series.instrument.kind === 'yield' && claim.stated.value > count && claim.stated.value - count <= unchanged) {
    return unverifiable('unclear', `${note}; ${unchanged} unchanged FRED close${unchanged === 1 ? '' : 's'} (two decimals) may be moves in quotes to three decimals`, count, provenance);
  }
  return { verdict: 'contradicted', actual: count, note, corrected: correctNumber(claim, claim.stated, count, 0), provenance };
}
