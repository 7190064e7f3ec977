/**
 * Runs of calendar years: "its third straight losing year", "three consecutive years of
 * losses", "their first three-year string of declines since 1939-1941" (the year after
 * "since", or the last of a span of years, is the end of the earlier run).
 */
import { dayFromCivil } from '../../../core/date.js';
import { claimBase } from './claim-base.js';
import { subjectAt, type ClaimDraft, type SentenceContext } from './context.js';
import { COUNT_WORD, countOfWord } from '../tokens/numbers.js';
import { otherYearDoubts } from './almanac.js';
import type { YearRunClaim } from '../../types-almanac.js';
import type { StatedDate, StatedNumber } from '../../types.js';

const N = COUNT_WORD;
const DOWN = /^(?:losing|down|negative|declin\w*|loss\w*|drops?|falls?)/i;
const FIRST_SINCE = new RegExp(`\\b(?:first|its|their)\\s+${N}-year\\s+(?:string|streak|run|stretch|series|spell)\\s+of\\s+(declines|losses|drops|gains|advances|increases)\\s+since\\s+((?:19|20)\\d\\d)(?:\\s*[-–]\\s*((?:19|20)\\d\\d))?\\b`, 'gi');
const RUN = new RegExp(`\\b${N}\\s+(?:straight|consecutive|successive)\\s+(?:(losing|down|negative|winning|up|positive)\\s+years?\\b|years?\\s+of\\s+(losses|declines|gains|advances)\\b)`, 'gi');

/** Year-run claims of a sentence. */
export function yearRunClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: YearRunClaim[] = [];
  const s = ctx.sentence.start;
  for (const m of ctx.sentence.text.matchAll(FIRST_SINCE)) {
    const count = countOfWord(m[1] ?? '');
    if (count === null || count < 2) continue;
    const start = s + (m.index ?? 0);
    const end = start + m[0].length;
    const year = m[4] ?? m[3] ?? '';
    const at = end - year.length;
    const stated: StatedDate = { type: 'date', day: dayFromCivil(Number(year), 1, 1), precision: 'year', yearGiven: true, raw: year, start: at, end };
    const length = DOWN.test(m[2] ?? '') ? -count : count;
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'year-run', metric: 'year_run_first_since', length, readWords: [m[0]], stated });
  }
  for (const m of ctx.sentence.text.matchAll(RUN)) {
    const count = countOfWord(m[1] ?? '');
    const start = s + (m.index ?? 0);
    const end = start + m[0].length;
    if (count === null || claims.some((c) => c.start < end && c.end > start)) continue;
    const sign = DOWN.test(m[2] ?? m[3] ?? '') ? -1 : 1;
    const raw = m[1] ?? '';
    const stated: StatedNumber = { type: 'number', value: sign * count, decimals: 0, unit: 'count', hedge: 'exact', signed: true, raw, start, end: start + raw.length };
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'year-run', metric: 'year_run', length: sign * count, readWords: [m[0]], stated });
  }
  // "In 2008, the index posted its second straight losing year" in a later story is about 2008.
  return claims.map((claim) => {
    const doubts = otherYearDoubts(ctx, claim.start, claim.end);
    return doubts.length === 0 ? claim : { ...claim, reading: { ...claim.reading, doubts: [...claim.reading.doubts, ...doubts] } };
  });
}
