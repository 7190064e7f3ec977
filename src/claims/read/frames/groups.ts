/**
 * Claims about groups: "The S&P 500 and the Nasdaq hit record highs", "all three major indexes
 * rose", "the S&P, Dow and Nasdaq have averaged -1.2%, -1.1% and -1.6%". A figure said of a
 * list of names gives one claim per member when the clause says so ("each", "all", a record
 * or state said of them all); a list of as many figures as names gives them in order
 * (respectively); anything else said of a list is a doubt (which member?).
 */
import type { Instrument } from '../../../core/instrument.js';
import { EACH_WORDS, FIGURE_JOINER, GROUP_NAMES, LIST_JOINER } from '../rules/groups.js';
import { clauseOf, type ClaimDraft, type SentenceContext } from './context.js';

/** A list of instruments named together, and where it ends. */
interface NamedGroup {
  readonly members: readonly Instrument[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The groups of a sentence: runs of names joined by commas and "and", and group names. */
function groupsOf(ctx: SentenceContext, instruments: readonly Instrument[]): NamedGroup[] {
  const groups: NamedGroup[] = [];
  let run: { members: Instrument[]; start: number; end: number } | null = null;
  const close = (): void => {
    if (run !== null && run.members.length >= 2) groups.push({ ...run, text: ctx.text.slice(run.start, run.end) });
    run = null;
  };
  for (const mention of ctx.mentions) {
    const instrument = mention.resolved;
    if (instrument === null || mention.isObject || mention.possessive) {
      close();
      continue;
    }
    if (run !== null && LIST_JOINER.test(ctx.text.slice(run.end, mention.start)) && !run.members.includes(instrument)) {
      run.members.push(instrument);
      run.end = mention.end;
    } else {
      close();
      run = { members: [instrument], start: mention.start, end: mention.end };
    }
  }
  close();
  for (const [regex, symbols] of GROUP_NAMES) {
    const m = regex.exec(ctx.sentence.text);
    if (m === null) continue;
    const members = symbols.map((s) => instruments.find((i) => i.symbol === s)).filter((i): i is Instrument => i !== undefined);
    const start = ctx.sentence.start + m.index;
    if (members.length >= 2) groups.push({ members, text: m[0], start, end: start + m[0].length });
  }
  return groups;
}

/** The claim said of `member` instead of its own subject. */
function forMember(claim: ClaimDraft, member: Instrument, group: NamedGroup): ClaimDraft {
  return { ...claim, symbol: member.symbol, instrumentText: member.storyName, reading: { ...claim.reading, subject: { from: 'sentence', text: group.text } } };
}

const startOf = (claim: ClaimDraft): number => ('start' in claim.stated ? claim.stated.start : claim.start);
const endOf = (claim: ClaimDraft): number => ('end' in claim.stated ? claim.stated.end : claim.end);

/** The claims of a sentence with those said of a group given to its members. */
export function withGroups(claims: readonly ClaimDraft[], ctx: SentenceContext, instruments: readonly Instrument[]): ClaimDraft[] {
  const groups = groupsOf(ctx, instruments);
  if (groups.length === 0) return [...claims];
  const out: ClaimDraft[] = [];
  const done = new Set<ClaimDraft>();
  for (const group of groups) {
    // The claims of the clause the group opens: after the group, before any other name.
    // A name after the group starts its own clause ("all three rose, the S&P 500 hitting a record").
    const nextName = ctx.mentions.find((m) => m.start >= group.end && !m.isObject)?.start ?? ctx.sentence.end;
    const said = claims.filter((c) => !done.has(c) && startOf(c) >= group.end && startOf(c) < nextName && (c.symbol === null || group.members.some((i) => i.symbol === c.symbol)));
    if (said.length === 0) continue;
    // Only figures make a list given in order ("-1.2%, -1.1% and -1.6%"); two phrases said of both are each said of both.
    const list = figureList(said.filter((c) => c.stated.type === 'number'), ctx);
    if (list.length === group.members.length && list.length >= 2) {
      list.forEach((claim, k) => {
        const member = group.members[k];
        if (member !== undefined) out.push(forMember(claim, member, group));
        done.add(claim);
      });
      continue;
    }
    const clause = clauseOf(ctx, Math.min(...said.map(startOf)));
    const each = EACH_WORDS.test(ctx.text.slice(group.start, clause.end)) || said.every((c) => c.kind === 'flag' || c.kind === 'state' || c.kind === 'range-flag' || c.kind === 'extreme-window' || c.kind === 'direction' || c.kind === 'year-run');
    for (const claim of said) {
      done.add(claim);
      if (each) for (const member of group.members) out.push(forMember(claim, member, group));
      else out.push({ ...claim, reading: { ...claim.reading, doubts: [...claim.reading.doubts, group.text] } });
    }
  }
  return [...claims.filter((c) => !done.has(c)), ...out].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The first run of figures written as a list ("-1.2%, -1.1%, and -1.6%") among `claims`, in order. */
function figureList(claims: readonly ClaimDraft[], ctx: SentenceContext): ClaimDraft[] {
  const sorted = [...claims].sort((a, b) => startOf(a) - startOf(b));
  const first = sorted[0];
  if (first === undefined) return [];
  const list = [first];
  for (const claim of sorted.slice(1)) {
    const previous = list[list.length - 1];
    if (previous === undefined || !FIGURE_JOINER.test(ctx.text.slice(endOf(previous), startOf(claim)))) break;
    list.push(claim);
  }
  return list;
}
