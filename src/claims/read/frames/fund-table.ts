/**
 * Fund comparison tables as fact sheets print them: a header row "Metric IJT VBK" (tickers
 * may run together: "MetricVONGIWO") and rows of a label and one figure per column, up to a
 * blank line. The rows read: a trailing return ("1-yr Return (as of Jan. 17, 2026)"), a
 * maximum drawdown ("Max Drawdown (5 y)") and the growth of $1,000 ("over 5 years"). Other
 * rows (expense ratio, yield, beta, assets) are not read.
 */
import type { DayNumber } from '../../../core/date.js';
import type { Instrument } from '../../../core/instrument.js';
import { resolveMentionDay, type DateMention } from '../tokens/dates.js';
import type { ClaimDraft } from './context.js';
import type { StatedNumber } from '../../types.js';

const HEADER = /^\s*Metric\s*([A-Z][A-Z\s]{2,30}?)\s*$/;
const VALUE = /-?\$?\d[\d,]*(?:\.\d+)?%?/g;
const ROWS: readonly (readonly [RegExp, 'fund_return' | 'fund_max_drawdown' | 'fund_growth_of_1000'])[] = [
  [/^\s*(\d+|one|three|five)[- ](?:yr|year)s?\.?\s+(?:total\s+)?return\b/i, 'fund_return'],
  [/^\s*max(?:imum)?\.?\s+drawdown\s*\((\d+)\s*-?\s*y/i, 'fund_max_drawdown'],
  [/^\s*growth of \$1,?000 over (\d+|one|three|five) years?\b/i, 'fund_growth_of_1000'],
];
const WORD_YEARS: Readonly<Record<string, number>> = { one: 1, three: 3, five: 5 };

/** The tickers of a header ("IJT VBK", "VONGIWO"), split on spaces or, run together, at a known symbol. */
function columnsOf(tickers: string, instruments: readonly Instrument[]): string[] {
  const parts = tickers.trim().split(/\s+/);
  if (parts.length >= 2) return parts;
  const glued = parts[0] ?? '';
  for (const instrument of instruments) {
    const symbol = instrument.symbol;
    if (glued.endsWith(symbol) && glued.length > symbol.length) return [glued.slice(0, -symbol.length), symbol];
    if (glued.startsWith(symbol) && glued.length > symbol.length) return [symbol, glued.slice(symbol.length)];
  }
  return [glued];
}

function statedOf(raw: string, at: number, unit: StatedNumber['unit']): StatedNumber {
  const clean = raw.replace(/[$,%]/g, '');
  const decimals = clean.includes('.') ? (clean.split('.')[1]?.length ?? 0) : 0;
  const value = Number(clean);
  return { type: 'number', value, decimals, unit, hedge: 'exact', signed: value < 0, raw, start: at, end: at + raw.length };
}

/** The claims of every fund table in `text`, with the spans of the rows they came from. */
export function fundTableClaims(text: string, instruments: readonly Instrument[], dates: readonly DateMention[], articleDay: DayNumber): { claims: ClaimDraft[]; rows: { start: number; end: number }[] } {
  const claims: ClaimDraft[] = [];
  const rows: { start: number; end: number }[] = [];
  let columns: string[] | null = null;
  let at = 0;
  for (const line of text.split('\n')) {
    const lineStart = at;
    at += line.length + 1;
    const header = HEADER.exec(line);
    if (header !== null) {
      columns = columnsOf(header[1] ?? '', instruments);
      continue;
    }
    if (line.trim() === '') columns = null;
    if (columns === null) continue;
    const row = ROWS.map(([regex, metric]) => ({ m: regex.exec(line), metric })).find((r) => r.m !== null);
    if (row === undefined || row.m === null) continue;
    const yearsWord = (row.m[1] ?? '').toLowerCase();
    const years = WORD_YEARS[yearsWord] ?? Number(yearsWord);
    const labelEnd = line.lastIndexOf(')') >= 0 ? line.lastIndexOf(')') + 1 : row.m[0].length;
    const values = [...line.slice(labelEnd).matchAll(VALUE)].slice(-columns.length);
    if (values.length !== columns.length || !(years > 0)) continue;
    const asOf = dates.find((d) => d.start >= lineStart && d.end <= lineStart + labelEnd && d.day !== null);
    const day = (asOf === undefined ? null : resolveMentionDay(asOf, articleDay, false)) ?? articleDay;
    rows.push({ start: lineStart, end: lineStart + line.length });
    values.forEach((v, k) => {
      const symbol = columns?.[k] ?? '';
      const instrument = instruments.find((i) => i.symbol === symbol) ?? null;
      const start = lineStart + labelEnd + (v.index ?? 0);
      const stated = statedOf(v[0], start, row.metric === 'fund_growth_of_1000' ? 'level' : 'percent');
      claims.push({
        id: 0,
        symbol: instrument?.symbol ?? null,
        day,
        instrumentText: symbol,
        start,
        end: start + v[0].length,
        text: v[0],
        sentence: line,
        sentenceStart: lineStart,
        timing: { kind: 'close' },
        basis: 'price',
        reading: {
          subject: { from: 'heading', text: symbol },
          date: asOf === undefined ? { from: 'article-date', text: null } : { from: 'date', text: asOf.raw },
          period: { from: 'heading', text: line.slice(0, labelEnd).trim() },
          doubts: [],
          notComputed: null,
        },
        kind: 'fund-figure',
        metric: row.metric,
        years,
        stated,
      });
    });
  }
  return { claims, rows };
}
