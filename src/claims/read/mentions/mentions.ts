/**
 * Finding instruments in text: the registry's names and aliases ("small caps", "the S&P",
 * "Vanguard's small-cap growth ETF"), well-known names we hold no data for ("the Nasdaq
 * 100", "bitcoin"), and references back ("the index", "the fund", "the yield").
 */
import type { Instrument, InstrumentKind } from '../../../core/instrument.js';

/** One mention of an instrument. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The instrument named; null for a known name outside the registry or an unresolved reference. */
  readonly instrument: Instrument | null;
  /** For a reference back ("the index"): the kind it refers to; null for a name. */
  readonly refersToKind: InstrumentKind | null;
  /** "the S&P 500's": the mention owns the figure right after it. */
  readonly possessive: boolean;
  /**
   * "Wall Street", "stocks", "the stock market" as a subject: the market, read by desk
   * convention as its benchmark (the instrument), a reading that is never certain.
   */
  readonly marketWords?: boolean;
}

/**
 * Market names that are not in the built-in registry. A figure said about one of them is
 * unverifiable (the instrument is not in the store), rather than pinned on the last index named.
 */
const OUTSIDE_NAMES = [
  'nasdaq 100', 'nasdaq-100', 'the nasdaq 100', 'dow jones transportation average', 'dow transports', 'transports',
  'russell 1000', 'russell 3000', 'russell 2000 value', 'russell 2000 growth index', 'russell midcap', 'russell 2000 value index',
  's&p midcap 400', 's&p 400', 's&p smallcap 600', 's&p 600', 'nyse composite', 'stoxx 600', 'stoxx europe 600', 'euro stoxx 50',
  'ftse 100', 'dax', 'cac 40', 'nikkei 225', 'nikkei', 'hang seng', 'kospi', 'shanghai composite', 'msci world', 'msci emerging markets',
  'philadelphia semiconductor index', 'kbw bank index', 'bitcoin', 'ether', 'gold', 'silver', 'crude oil', 'brent crude', 'oil prices',
  'the dollar', 'dollar index', 'the euro', 'the yen', '30-year treasury yield', '30-year yield', '5-year yield', '5-year treasury yield',
  'two-year gilt', 'bund yield', 'the bund', 'ishares russell 2000 value etf', 'invesco qqq', 'qqq',
];

/** References back, with the kind of instrument each can mean. */
const REFERENCES: readonly (readonly [string, InstrumentKind])[] = [
  ['the benchmark index', 'index'], ['the small-cap index', 'index'], ['the small-cap benchmark', 'index'], ['the index', 'index'],
  ['the gauge', 'index'], ['the benchmark', 'index'], ['the measure', 'index'], ['the average', 'index'],
  ['the fund', 'etf'], ['the etf', 'etf'], ['the exchange-traded fund', 'etf'],
  ['the yield', 'yield'], ['yields', 'yield'], ['treasury yields', 'yield'], ['u.s. treasury yields', 'yield'], ['the benchmark yield', 'yield'], ['the note', 'yield'],
];

interface Name {
  readonly text: string;
  readonly instrument: Instrument | null;
  readonly kind: InstrumentKind | null;
}

/** The names to look for, longest first (so "the Russell 2000 Value" wins over "the Russell 2000"). */
export function buildNameTable(instruments: readonly Instrument[]): readonly Name[] {
  const names: Name[] = [];
  for (const instrument of instruments) {
    const spellings = new Set([...instrument.aliases, instrument.name, instrument.storyName, instrument.symbol].map((s) => s.toLowerCase()));
    for (const text of spellings) names.push({ text, instrument, kind: null });
  }
  for (const name of [...names]) {
    for (const variant of spelledVariants(name.text)) names.push({ ...name, text: variant });
  }
  const known = new Set(names.map((n) => n.text));
  for (const text of OUTSIDE_NAMES) if (!known.has(text)) names.push({ text, instrument: null, kind: null });
  for (const [text, kind] of REFERENCES) if (!known.has(text)) names.push({ text, instrument: null, kind });
  return names.sort((a, b) => b.text.length - a.text.length);
}

/** Maturities written in words as often as in digits ("the two-year note", "the ten-year yield"). */
const NUMBER_WORDS: Readonly<Record<string, string>> = { '1': 'one', '2': 'two', '3': 'three', '5': 'five', '7': 'seven', '10': 'ten', '20': 'twenty', '30': 'thirty' };

/** "the 2-year note" -> ["the two-year note"]: the other spelling of a maturity in a name (none when it has no maturity). */
export function spelledVariants(name: string): string[] {
  if (!/\b\d{1,2}-(?:year|month|week)\b/.test(name)) return [];
  const digits = /\b(\d{1,2})-(year|month|week)\b/g;
  const spelled = name.replace(digits, (whole: string, n: string, unit: string) => (NUMBER_WORDS[n] === undefined ? whole : `${NUMBER_WORDS[n]}-${unit}`));
  return spelled === name ? [] : [spelled];
}

/**
 * A name of a debt instrument that is not in the registry: a maturity with a note, bond, bill
 * or yield ("the 5-year note", "the 30-year bond", "three-month bills") or a kind of bond
 * ("corporate bond yields", "mortgage rates"). Matched after every registry name, so "the
 * 10-year note" is never one of these. A figure said about one is unverifiable (instrument not
 * recognised), never pinned on the instrument of the sentence before.
 */
const UNKNOWN_DEBT =
  /\b(?:the\s+)?(?:benchmark\s+)?(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)[- ](?:year|month|week)\s+(?:(?:u\.s\.|us|treasury|government|german|japanese|uk|british|italian|french)\s+)?(?:notes?|bonds?|bills?|yields?|treasur(?:y|ies)|gilts?|bunds?|t-bills?)|(?:corporate|junk|municipal|mortgage|high-yield|investment-grade|german|japanese|british|italian|french)\s+(?:bond\s+)?(?:yields?|bonds?|rates?)|treasury\s+(?:bills?|bonds?))\b/g;

const WORD_CHAR = /[a-z0-9]/;
const POSSESSIVE = /^(?:['’]s\b|s['’](?!\w)|['’](?!\w))/;
/** Uses of a name that name a source, not an instrument ("Dow Jones Market Data"). */
const NOT_A_MENTION_AFTER = /^\s*(?:jones\s+)?(?:market data|newswires|indices)\b/i;

/**
 * A name used for something else, which is then the subject (an instrument outside the
 * registry, never the index): "S&P 500 futures", "the S&P 500 energy sector", "the S&P 500's
 * technology group", "Dow components", "the S&P 500 index fund", and another index whose name starts with it ("the
 * Nasdaq Golden Dragon China Index").
 */
const OTHER_THING_AFTER =
  /^(?:['’]s)?(?:\s+(?:e-mini\s+)?futures|\s+(?:stocks? )?(?:index )?(?:fund|etf)s?|(?:\s+(?:energy|technology|tech|financials?|financial services|health[- ]?care|utilities|industrials?|materials|real estate|consumer discretionary|consumer staples|communication services|bank|banking|semiconductor|chip))?\s+(?:sector|sectors|sub-index|group|stocks|shares|companies|components|constituents|members|heavyweights|names)|\s+(?!(?:Index|Composite|Industrial|Industrials|Average|Inc)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+Index)\b/;

/** Lower case with every offset kept: a character whose lower case is longer ("İ") stays as it is. */
function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const low = char.toLowerCase();
    out += low.length === char.length ? low : char;
  }
  return out;
}

/**
 * The market named as a subject: "Wall Street slid", "Stocks sold off", "as U.S. stocks
 * rallied", "sent the stock market to its worst day". Bare "stocks" and "the market" count
 * only at the head of a clause; a possessive ("Wall Street's fear gauge") or a place ("on Wall
 * Street", "most of Wall Street's gains") is not a subject.
 */
const MARKET_SUBJECT =
  /(?:^|(?<=[.;:!?\n—–(]\s*|,\s+|\b(?:as|while|when|and|but|with|because|though|although|sent|leaving|left|pushed|drove|put|kept)\s+))(?:(?:u\.s\.\s+)?(?:stocks|equities)(?:\s+on\s+wall\s+street)?|wall\s+street|the\s+(?:u\.s\.\s+)?stock\s+market|the\s+(?:broader|overall)\s+market|the\s+market)(?=\s+(?!(?:and|or|of|in|that|which|who|to|for|from|with|crash|rally|sell-?off|selloff|close|open|peak|bottom|high|low|turmoil|rout|meltdown|correction|downturn|slump|volatility|value|data|cap|history|average)\b)[a-z])/g;

/** Market-subject mentions of `text` read as `benchmark`, outside the spans already `taken`. */
function marketMentions(text: string, lower: string, taken: Uint8Array, benchmark: Instrument): Mention[] {
  const found: Mention[] = [];
  for (const m of lower.matchAll(MARKET_SUBJECT)) {
    const at = m.index;
    const end = at + m[0].length;
    if (taken.subarray(at, end).some((t) => t === 1)) continue;
    taken.fill(1, at, end);
    found.push({ start: at, end, text: text.slice(at, end), instrument: benchmark, refersToKind: null, possessive: false, marketWords: true });
  }
  return found;
}

/**
 * Every mention in `text`, earliest first, longest match at each place; with a `marketBenchmark`,
 * the market named as a subject ("Wall Street slid") is a mention of it.
 */
export function findMentions(text: string, names: readonly Name[], marketBenchmark: Instrument | null = null): Mention[] {
  // Curly apostrophes read as straight ones ("Vanguard’s"); the replacement keeps every offset.
  const lower = lowerKeepingOffsets(text).replace(/’/g, "'");
  const taken = new Uint8Array(text.length);
  const found: Mention[] = [];
  for (const name of names) {
    for (let at = lower.indexOf(name.text); at >= 0; at = lower.indexOf(name.text, at + 1)) {
      const end = at + name.text.length;
      const before = lower[at - 1] ?? ' ';
      const after = lower[end] ?? ' ';
      if (WORD_CHAR.test(before) || WORD_CHAR.test(after) || (after === '-' && /[a-z0-9]/.test(lower[end + 1] ?? ''))) continue;
      if (taken.subarray(at, end).some((t) => t === 1)) continue;
      const rest = text.slice(end, end + 40);
      if (name.instrument !== null && NOT_A_MENTION_AFTER.test(rest) && name.instrument.kind !== 'etf') continue;
      const other = name.instrument !== null && name.instrument.kind !== 'etf' ? OTHER_THING_AFTER.exec(text.slice(end, end + 60)) : null;
      if (other !== null) {
        const otherEnd = end + other[0].length;
        taken.fill(1, at, otherEnd);
        found.push({ start: at, end: otherEnd, text: text.slice(at, otherEnd), instrument: null, refersToKind: null, possessive: false });
        continue;
      }
      if (name.text.endsWith('yields') && !/^\s+(?:rose|fell|climbed|dropped|declined|jumped|slid|eased|edged|were|was|higher|lower|rising|falling|up|down)/.test(rest)) continue;
      const possessive = POSSESSIVE.exec(rest);
      const mentionEnd = end + (possessive ? possessive[0].length : 0);
      taken.fill(1, at, mentionEnd);
      found.push({
        start: at,
        end: mentionEnd,
        text: text.slice(at, mentionEnd),
        instrument: name.instrument,
        refersToKind: name.kind,
        possessive: possessive !== null,
      });
    }
  }
  for (const m of lower.matchAll(UNKNOWN_DEBT)) {
    const at = m.index;
    const end = at + m[0].length;
    if (taken.subarray(at, end).some((t) => t === 1)) continue;
    const possessive = POSSESSIVE.exec(text.slice(end, end + 4));
    const mentionEnd = end + (possessive ? possessive[0].length : 0);
    taken.fill(1, at, mentionEnd);
    found.push({ start: at, end: mentionEnd, text: text.slice(at, mentionEnd), instrument: null, refersToKind: null, possessive: possessive !== null });
  }
  if (marketBenchmark !== null) found.push(...marketMentions(text, lower, taken, marketBenchmark));
  return found.sort((a, b) => a.start - b.start);
}
