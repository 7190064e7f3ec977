/**
 * A drawdown said in the past perfect with no day of its own: "the Nasdaq had tumbled 26.7% from
 * its peak, marking a bear market", "had brought the S&P 500 close to a bear market after it
 * ended down 19% from its record". The words speak of an earlier close than the article's, so
 * the distance or the state is judged on the closes of the year before the claim's day: it holds
 * when one of them had it, and the verdict names that close. When none had it, the verdict on
 * the article's day stands, and certainty (a past perfect is a doubt) makes it `unclear`.
 */
import { formatIsoDay, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import type { Claim, Verdict } from '../types.js';

/** How far back "had" reaches: a year of calendar days before the claim's day. */
const EARLIER_DAYS = 365;
/** The doubt the past perfect leaves on a claim (read/rules/doubts.ts): "had tumbled". */
const PAST_PERFECT = /^had \w+$/i;
/** Words that say the state was not reached: "close to confirming a bear market". */
const SHORT_OF = /\b(?:close to|near(?:ly)?|almost|on the (?:brink|verge) of|flirt\w*|approach\w*|short of)\b/i;

/** True for a drawdown claim (a state, or the distance from the record) read with a past perfect. */
function isEarlierDrawdown(claim: Claim): boolean {
  const drawdown = (claim.kind === 'state' && claim.metric === 'drawdown_state') || (claim.kind === 'number' && claim.metric === 'pct_from_record');
  const said = claim.sentence.slice(Math.max(0, claim.start - claim.sentenceStart - 30), claim.end - claim.sentenceStart);
  return drawdown && claim.reading.doubts.some((d) => PAST_PERFECT.test(d)) && !SHORT_OF.test(said);
}

/**
 * The verdict of a past-perfect drawdown: `onDay`'s verdict when it holds; else the first close
 * of the year before at which `judgeOn` supports it (the day the state was marked, or the
 * distance first reached), said as such; else `onDay`. `judgeOn(day)` judges the claim on another day.
 */
export function earlierDrawdownVerdict(claim: Claim, series: DailySeries, onDay: Verdict, judgeOn: (day: DayNumber) => Verdict): Verdict {
  if (onDay.verdict !== 'contradicted' || !isEarlierDrawdown(claim)) return onDay;
  const from = claim.day - EARLIER_DAYS;
  for (let i = 0; i < series.days.length; i++) {
    const day = (series.days[i] ?? 0) as DayNumber;
    if (day < from) continue;
    if (day >= claim.day) break;
    const earlier = judgeOn(day);
    if (earlier.verdict === 'supported') {
      return { ...earlier, note: `${earlier.note}; said in the past perfect, of an earlier close: first so on ${formatIsoDay(day)} (${onDay.note} on the article's day)` };
    }
  }
  return onDay;
}
