/**
 * The market as a desk arranges it: which instruments are "the market" (the S&P 500, the Dow
 * and the Nasdaq), small caps, bonds, the VIX and funds, in the order a wire story takes them,
 * and the words a story explains once ("the VIX, Wall Street's fear gauge").
 */
import type { Instrument } from '../core/instrument.js';

/** Where an instrument stands in a market story, in story order. */
export type MarketRole = 'benchmark' | 'major' | 'index' | 'yield' | 'volatility' | 'fund' | 'other';

/** The indexes a story gives beside the S&P 500 in its second sentence, in that order. */
export const MAJOR_INDEXES: readonly string[] = ['DJI', 'IXIC'];

/** Indexes whose point moves are news in themselves ("the Dow's biggest point drop ever"); others' are in the JSON. */
const POINT_STORY_INDEXES: readonly string[] = ['DJI'];

/** True when a story tells `symbol`'s point superlatives (the Dow's). */
export function isPointStory(symbol: string): boolean {
  return POINT_STORY_INDEXES.includes(symbol);
}

/** Story order of the roles: S&P 500, Dow and Nasdaq; then small caps; bonds; the VIX; funds. */
const ROLE_ORDER: readonly MarketRole[] = ['benchmark', 'major', 'index', 'yield', 'volatility', 'other', 'fund'];

/** The role of `instrument` in a story whose benchmark is `benchmark` (the S&P 500). */
export function marketRole(instrument: Instrument, benchmark: string | null): MarketRole {
  if (instrument.symbol === benchmark) return 'benchmark';
  if (MAJOR_INDEXES.includes(instrument.symbol)) return 'major';
  switch (instrument.kind) {
    case 'index':
      return 'index';
    case 'yield':
      return 'yield';
    case 'volatility':
      return 'volatility';
    case 'etf':
      return 'fund';
    default:
      return 'other';
  }
}

/**
 * The instruments in story order: the benchmark, the Dow, the Nasdaq, other indexes (small
 * caps), yields, the VIX, others, funds; the store's order within a role.
 */
export function storyOrder(instruments: readonly Instrument[], benchmark: string | null): Instrument[] {
  const rank = (i: Instrument): number => {
    const role = marketRole(i, benchmark);
    const major = MAJOR_INDEXES.indexOf(i.symbol);
    return ROLE_ORDER.indexOf(role) * 10 + (major >= 0 ? major : 0);
  };
  return instruments.map((instrument, at) => ({ instrument, at })).sort((a, b) => rank(a.instrument) - rank(b.instrument) || a.at - b.at).map((x) => x.instrument);
}

/** What a story says once, on first reference, of an instrument readers may not know, by symbol. */
const EXPLAINED: ReadonlyMap<string, string> = new Map([['VIX', "Wall Street's fear gauge"]]);

/**
 * `text` with the first mention of an instrument a story explains once given its appositive:
 * `The VIX rose 43%` becomes `The VIX, Wall Street's fear gauge, rose 43%`. Unchanged when the
 * text does not name it or already explains it.
 */
export function explainOnFirstMention(text: string, instrument: Instrument): { text: string; explained: boolean } {
  const gloss = EXPLAINED.get(instrument.symbol);
  if (gloss === undefined || text.includes(gloss)) return { text, explained: gloss !== undefined && text.includes(gloss) };
  const name = instrument.storyName;
  const capital = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  for (const form of [capital, name]) {
    const at = text.indexOf(`${form} `);
    if (at >= 0) return { text: `${text.slice(0, at)}${form}, ${gloss},${text.slice(at + form.length)}`, explained: true };
  }
  return { text, explained: false };
}

/** The name an index goes by in the closing table: `S&P 500`, `Dow Jones Industrial Average`, `Nasdaq composite`. */
export function tableName(instrument: Instrument): string {
  return instrument.storyName.replace(/^the /, '');
}
