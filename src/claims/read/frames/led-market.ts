/**
 * "The Nasdaq composite led the market with a 0.8% gain", "the Russell 2000 led the decline",
 * "small caps led the way higher": one of the major indexes had the day's largest move. Said
 * of a sector, a stock or a fund ("tech stocks led the market") it names no index and is not read.
 */
import { MAJOR_INDEXES } from '../../types-since.js';
import { claimBase } from './claim-base.js';
import { subjectAt, type ClaimDraft, type SentenceContext } from './context.js';
import { matches } from './phrases.js';

/** Group 1: what was led ("the market", "the gains"); group 2: "higher" or "lower". */
const LED = /\b(?:led|leading|leads)\s+(?:the\s+)?(market|way|pack|charge|gains|advance|rally|rebound|declines?|losses|selloff|sell-off|retreat|slide)(?:\s+(higher|lower|up|down))?\b/i;

/** The led-market claims of a sentence. */
export function ledMarketClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const { m, start, end } of matches(LED, ctx)) {
    const subject = subjectAt(ctx, start);
    if (subject?.resolved === null || subject?.resolved === undefined || !MAJOR_INDEXES.includes(subject.resolved.symbol)) continue;
    const words = `${m[1] ?? ''} ${m[2] ?? ''}`;
    const direction = /gains|advance|rally|rebound|higher|\bup\b/i.test(words) ? 'up' : /declines?|losses|selloff|sell-off|retreat|slide|lower|\bdown\b/i.test(words) ? 'down' : null;
    claims.push({ ...claimBase(ctx, subject, start, end), kind: 'led-market', metric: 'led_indexes_1d', direction, stated: { type: 'flag', value: true, raw: m[0] } });
  }
  return claims;
}
