/**
 * Facts the stock indexes share. When another index's superlative says in the same words what
 * the benchmark's says ("its biggest monthly drop since May", "snapping a four-day winning
 * streak"), a desk tells it once for them all, after the benchmark's: "The Dow, the Nasdaq and
 * the Russell 2000 also had their biggest monthly drops since May." Each index's own fact stays
 * in the JSON and in the merged sentence's facts.
 */
import type { Instrument } from '../core/instrument.js';
import type { Fact } from '../facts/index.js';
import { formatCount, indefiniteArticle } from './ap-style.js';
import { sinceText } from './clauses.js';
import { MAJOR_INDEXES } from './market.js';
import { joinClauses, moveNoun, monthText, capitalize } from './phrases.js';
import { withFullName, withSubject } from './namer.js';
import type { Paragraph, Sentence } from './pool.js';

/** The benchmark's fact and the other indexes' facts that say the same. */
export interface SharedFacts {
  readonly bench: Fact;
  readonly others: readonly Fact[];
}

/** A noun in the plural: `drop` -> `drops`, `loss` -> `losses`. */
function plural(noun: string): string {
  return noun.endsWith('s') ? `${noun}es` : `${noun}s`;
}

/**
 * What a fact says, as a key equal for two facts that say it in the same words; null for a fact
 * that is not shared this way. `runningStreaks`: a streak still running is shared (the Dow and the
 * Nasdaq, whose day the story tells beside the benchmark's), not one told apart (small caps).
 */
function sameWordsKey(fact: Fact, runningStreaks: boolean): string | null {
  switch (fact.kind) {
    case 'streak':
      if (fact.snapped !== null) return `streak snapped ${fact.snapped}`;
      return runningStreaks ? `streak ${fact.days} ${fact.sinceDate ?? 'data'}` : null;
    case 'month-on-track':
      // A month in progress is not shared (its echo is left out, isEchoOfSince): only a month over.
      if (fact.sinceMonth === null || !fact.isMonthComplete) return null;
      return `month ${Math.sign(fact.move)} ${fact.unit} ${fact.sinceMonth} ${String(fact.isMonthComplete)}`;
    case 'year-result':
      return fact.sinceIsNews && fact.sinceYear !== null ? `year ${Math.sign(fact.move)} ${fact.unit} ${fact.sinceYear}` : null;
    case 'biggest-move':
      return fact.period === 'day' && fact.sinceDate !== null ? `day ${Math.sign(fact.move)} ${fact.unit} ${fact.sinceDate}` : null;
    default:
      return null;
  }
}

/**
 * The other stock indexes' facts that say what a benchmark fact of the same date says, in the
 * same words; `isIndex` tells a stock index by symbol. A running streak is shared by the Dow and
 * the Nasdaq only. The others come in `order` (symbols in story order); `kinds`, when given, are
 * the only kinds shared (the yields share their year and month, not the day, whose "when it fell
 * from ... to ..." is each yield's own).
 */
export function findSharedFacts(facts: readonly Fact[], benchmark: string | null, isIndex: (symbol: string) => boolean, order: readonly string[], kinds?: ReadonlySet<Fact['kind']>): SharedFacts[] {
  if (benchmark === null) return [];
  const out: SharedFacts[] = [];
  for (const bench of facts) {
    if (bench.symbol !== benchmark || (kinds !== undefined && !kinds.has(bench.kind))) continue;
    const key = sameWordsKey(bench, true);
    if (key === null) continue;
    const others = facts.filter((f) => f.symbol !== benchmark && isIndex(f.symbol) && f.date === bench.date && sameWordsKey(f, MAJOR_INDEXES.includes(f.symbol)) === key);
    const rank = (fact: Fact): number => order.indexOf(fact.symbol);
    if (others.length > 0) out.push({ bench, others: [...others].sort((a, b) => rank(a) - rank(b)) });
  }
  return out;
}

/**
 * What the indexes did, after their names: `also snapped four-day winning streaks`, `also had
 * their best years since 2013`; for one index (`many` false) in the
 * singular: `also snapped a four-day winning streak`. Null for a fact not shared this way.
 */
function sharedPhrase(fact: Fact, storyYear: number, many: boolean): string | null {
  const noun = (word: string): string => (many ? plural(word) : word);
  const their = many ? 'their' : 'its';
  switch (fact.kind) {
    case 'streak': {
      if (fact.snapped === null) return `${many ? 'have' : 'has'} also ${fact.days > 0 ? 'risen' : 'fallen'} ${formatCount(Math.abs(fact.days))} days in a row`;
      const run = `${formatCount(Math.abs(fact.snapped))}-day`;
      const streak = `${run} ${fact.snapped > 0 ? 'winning' : 'losing'} ${noun('streak')}`;
      return `also snapped ${many ? '' : `${indefiniteArticle(run)} `}${streak}`;
    }
    case 'month-on-track': {
      if (fact.sinceMonth === null) return null;
      const what = `${their} biggest monthly ${noun(moveNoun(fact.move, fact.unit))} since ${monthText(fact.sinceMonth, storyYear)}`;
      return `also had ${what}`;
    }
    case 'year-result':
      if (fact.sinceYear === null) return null;
      return fact.unit === 'bp' ? `also had ${their} biggest yearly ${noun(moveNoun(fact.move, fact.unit))} since ${fact.sinceYear}` : `also had ${their} ${fact.move > 0 ? 'best' : 'worst'} ${noun('year')} since ${fact.sinceYear}`;
    case 'biggest-move':
      return `also had ${their} biggest one-day ${noun(moveNoun(fact.move, fact.unit))} ${sinceText(fact.sinceDate, fact, storyYear)}`;
    default:
      return null;
  }
}

/** A name as a list of indexes gives it: `the Dow`, `the Nasdaq`, `the Russell 2000` (not "the index"). */
function listName(instrument: Instrument | undefined, symbol: string): string {
  if (instrument === undefined) return symbol;
  return instrument.shortName === 'the index' ? instrument.storyName : instrument.shortName;
}

/**
 * The sentence that tells a shared fact of the other indexes: "The Dow and the Nasdaq also
 * snapped four-day winning streaks."; `also` false (the benchmark's fact is not said) drops the
 * "also". Null for a fact not shared this way.
 */
function sharedSentence(group: SharedFacts, instruments: ReadonlyMap<string, Instrument>, storyYear: number, also = true): Sentence | null {
  const phrase = sharedPhrase(group.bench, storyYear, group.others.length > 1);
  if (phrase === null) return null;
  const subject = capitalize(joinClauses(group.others.map((f) => listName(instruments.get(f.symbol), f.symbol))));
  return { text: `${subject} ${also ? phrase : phrase.replace(/\balso /, '')}.`, facts: group.others };
}

/** A sentence of one superlative the others can join: "The S&P 500 had its biggest one-day drop since ...", "... snapped a four-day losing streak", "... has fallen five days in a row". */
const JOINABLE = /^\S.* (?:had its|snapped an?|has (?:risen|fallen)) (?:[^,]|, \d{4}\b)*\.$/;

/**
 * The benchmark's own sentence with the others joined to it: "The S&P 500 snapped a four-day
 * winning streak, as did the Dow, the Nasdaq and the Russell 2000." / "The S&P 500 has fallen
 * five days in a row, as has the Dow." / "The 10-year yield had its biggest yearly decline since
 * 1995, as did the 2-year yield."; null when the sentence says more than the one fact.
 */
function joinedSentence(sentence: Sentence, group: SharedFacts, instruments: ReadonlyMap<string, Instrument>): Sentence | null {
  const bench = group.bench;
  if (sentence.facts.length !== 1 || !JOINABLE.test(sentence.text)) return null;
  const names = joinClauses(group.others.map((f) => listName(instruments.get(f.symbol), f.symbol)));
  const running = bench.kind === 'streak' && bench.snapped === null;
  const verb = !running ? 'did' : group.others.length > 1 ? 'have' : 'has';
  return { text: `${sentence.text.slice(0, -1)}, as ${verb} ${names}.`, facts: [...sentence.facts, ...group.others] };
}

/**
 * The paragraphs with each shared fact told beside the benchmark's: a streak sentence of its own
 * takes the others ("..., as did the Dow and the Nasdaq."); another fact's sentence is followed
 * by the shared one ("The Dow also had its biggest one-day drop since Aug. 31, 1998."), the next
 * sentence about the benchmark then naming it in full; when the lead's first paragraph says the
 * benchmark's fact, the shared sentence ends the lead's second paragraph (the Dow's and the
 * Nasdaq's). A group whose benchmark fact no sentence says goes at the end of the benchmark's
 * paragraph (or the lead's last) without "also".
 */
export function withSharedSentences(paragraphs: readonly Paragraph[], groups: readonly SharedFacts[], leadCount: number, benchmark: string, instruments: ReadonlyMap<string, Instrument>, storyYear: number): Paragraph[] {
  const out = paragraphs.map((p) => ({ ...p, sentences: [...p.sentences] }));
  const bench = instruments.get(benchmark);
  for (const whole of groups) {
    const at = out.findIndex((p) => p.sentences.some((s) => s.facts.includes(whole.bench)));
    // In the lead's second paragraph (the Dow's and the Nasdaq's) only they are named: another index, not yet in the story,
    // is told in its own paragraph after its day ("It also had its biggest one-day drop since Oct. 26, 1987.").
    const inMarketParagraph = at === 0 && leadCount > 1;
    // A lead-paragraph sentence of the one fact takes the Dow and the Nasdaq in place ("The index also had ..., as did the Dow.").
    const ownInLead = at === 0 ? out[0]?.sentences.find((s) => s.facts.includes(whole.bench)) : undefined;
    const joinsLead = ownInLead !== undefined && ownInLead.facts.length === 1 && JOINABLE.test(ownInLead.text);
    const later = inMarketParagraph ? whole.others.filter((f) => !MAJOR_INDEXES.includes(f.symbol) && out.some((p, k) => k >= leadCount && p.symbols[0] === f.symbol)) : [];
    for (const fact of later) withOwnShared(out, { bench: whole.bench, others: [fact] }, instruments, storyYear, leadCount);
    const group = { bench: whole.bench, others: whole.others.filter((f) => !later.includes(f)) };
    if (group.others.length === 0) continue;
    const said = at >= 0;
    const sentence = sharedSentence(group, instruments, storyYear, said);
    if (sentence === null) continue;
    const target = !said ? fallbackParagraph(out, benchmark, leadCount) : inMarketParagraph && !joinsLead ? 1 : at;
    const paragraph = out[target];
    if (paragraph === undefined) continue;
    const symbols = [...new Set([...paragraph.symbols, ...group.others.map((f) => f.symbol)])];
    const k = target === at ? paragraph.sentences.findIndex((s) => s.facts.includes(group.bench)) : -1;
    const own = paragraph.sentences[k];
    const joined = own === undefined ? null : joinedSentence(own, group, instruments);
    const sentences = [...paragraph.sentences];
    // One other told later in the same paragraph (the 2-year yield after the 10-year's figures): after its own sentences, as "It also had ...".
    const other = group.others.length === 1 ? group.others[0] : undefined;
    const otherInstrument = other === undefined ? undefined : instruments.get(other.symbol);
    const lastOfOther = other === undefined ? -1 : sentences.findLastIndex((s) => s.facts.length > 0 && s.facts.every((f) => f.symbol === other.symbol));
    if (joined === null && own !== undefined && otherInstrument !== undefined && lastOfOther > k) {
      insertAlso(sentences, lastOfOther + 1, { ...sentence, text: withSubject(sentence.text, otherInstrument, 'It') });
      out[target] = { ...paragraph, symbols, sentences };
      continue;
    }
    if (joined !== null) sentences[k] = joined;
    // Right after the benchmark's sentence, so "also" has its referent.
    else if (own !== undefined) sentences.splice(k + 1, 0, sentence);
    else sentences.push(sentence);
    // The sentence after one that named other indexes names the benchmark again ("It" would point at the last one named).
    const after = own === undefined ? -1 : joined !== null ? k + 1 : k + 2;
    const next = sentences[after];
    if (next !== undefined && bench !== undefined && next.facts[0]?.symbol === benchmark) sentences[after] = { ...next, text: withFullName(next.text, bench) };
    out[target] = { ...paragraph, symbols, sentences };
  }
  return out;
}

/** One index's share of a group told in its own paragraph, right after its day's sentence, as "It also had ...". */
function withOwnShared(out: Paragraph[], group: SharedFacts, instruments: ReadonlyMap<string, Instrument>, storyYear: number, leadCount: number): void {
  const fact = group.others[0];
  const k = fact === undefined ? -1 : out.findIndex((p, i) => i >= leadCount && p.symbols[0] === fact.symbol);
  const paragraph = out[k];
  const instrument = fact === undefined ? undefined : instruments.get(fact.symbol);
  const sentence = sharedSentence(group, instruments, storyYear);
  if (paragraph === undefined || instrument === undefined || sentence === null) return;
  const day = paragraph.sentences.findIndex((s) => s.facts.some((f) => f.kind === 'day-move' && f.symbol === instrument.symbol));
  const text = day >= 0 ? withSubject(sentence.text, instrument, 'It') : sentence.text;
  const sentences = [...paragraph.sentences];
  if (insertAlso(sentences, day + 1, { ...sentence, text })) {
    out[k] = { ...paragraph, sentences };
    return;
  }
  // The next sentence about it names it again ("It ... It" would not).
  const next = sentences[day + 2];
  if (day >= 0 && next !== undefined && next.facts[0]?.symbol === instrument.symbol) sentences[day + 2] = { ...next, text: withSubject(next.text, instrument, capitalize(instrument.shortName)) };
  out[k] = { ...paragraph, sentences };
}

/** The benchmark's own paragraph after the lead, else the lead's last paragraph. */
function fallbackParagraph(paragraphs: readonly Paragraph[], benchmark: string, leadCount: number): number {
  const own = paragraphs.findIndex((p, k) => k >= leadCount && p.symbols.includes(benchmark));
  return own >= 0 ? own : Math.max(0, Math.min(leadCount, paragraphs.length) - 1);
}

/** What an "also had" sentence says after its subject ("It also had its biggest ... since May." -> "its biggest ... since May"). */
export const ALSO_HAD = /^(?:It|The index|The [A-Z][\w&. ]+) also had (.+)\.$/;

/**
 * Puts an "It also had ..." sentence at `at` in `sentences` (in place); beside another "also had"
 * sentence of the same index (just before or at `at`), the two are one: "It also had its biggest
 * one-day drop since Oct. 27, 1997, and its biggest monthly drop since October 1987." Returns true
 * when they were joined.
 */
function insertAlso(sentences: Sentence[], at: number, sentence: Sentence): boolean {
  const symbol = sentence.facts[0]?.symbol;
  const sameIndex = (s: Sentence | undefined): s is Sentence => s !== undefined && s.facts[0]?.symbol === symbol && ALSO_HAD.test(s.text);
  const join = (first: Sentence, second: Sentence): Sentence => {
    const yearComma = /, \d{4}\.$/.test(first.text) ? ',' : '';
    return { text: `${first.text.slice(0, -1)}${yearComma} and ${ALSO_HAD.exec(second.text)?.[1] ?? ''}.`, facts: [...first.facts, ...second.facts] };
  };
  const before = sentences[at - 1];
  const after = sentences[at];
  if (sameIndex(before)) sentences.splice(at - 1, 1, join(before, sentence));
  else if (sameIndex(after)) sentences.splice(at, 1, join(sentence, after));
  else {
    sentences.splice(at, 0, sentence);
    return false;
  }
  return true;
}
