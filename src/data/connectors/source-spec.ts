/**
 * Where an instrument's data can be fetched: `yahoo:TICKER`, `fred:SERIES` or `stooq:TICKER`,
 * read from the instrument's `source`. The built-in instruments describe their source in words
 * (`Yahoo Finance ^GSPC`, `FRED DGS10`, `Yahoo Finance IWO (adjusted closes only)`), and those
 * are read too, so the built-ins need no second table.
 */
import type { Instrument } from '../../core/instrument.js';
import { ConnectorNames, type ConnectorName } from './errors.js';

/** A source to fetch from. */
export interface SourceSpec {
  readonly connector: ConnectorName;
  /** The ticker or series id at the source: `^GSPC`, `DGS10`, `^spx`. */
  readonly ticker: string;
  /** The instrument's data are dividend-adjusted closes only (IWO): fetch and store only those. */
  readonly adjustedOnly: boolean;
}

const WORDS: readonly (readonly [RegExp, ConnectorName])[] = [
  [/^yahoo(?: finance)?\s+(\S+)/i, 'yahoo'],
  [/^fred\s+(\S+)/i, 'fred'],
  [/^stooq\s+(\S+)/i, 'stooq'],
];

/** The spec in `text` (`yahoo:QQQ`, `FRED DGS10`, ...), or undefined when it names no connector. */
export function parseSourceSpec(text: string): SourceSpec | undefined {
  const trimmed = text.trim();
  const adjustedOnly = /adjusted closes only|adjusted-only/i.test(trimmed);
  const colon = /^([a-z]+):(\S+)$/i.exec(trimmed);
  if (colon !== null) {
    const connector = ConnectorNames.find((name) => name === colon[1]?.toLowerCase());
    return connector === undefined ? undefined : { connector, ticker: colon[2] ?? '', adjustedOnly };
  }
  for (const [pattern, connector] of WORDS) {
    const match = pattern.exec(trimmed);
    if (match !== null) return { connector, ticker: match[1] ?? '', adjustedOnly };
  }
  return undefined;
}

/**
 * Checks a `--source` value of `instruments add`: `yahoo:TICKER`, `fred:SERIES` or
 * `stooq:TICKER`. Returns the reason it is not one, or undefined when it is.
 */
export function sourceSpecProblem(text: string): string | undefined {
  const match = /^([a-z]+):(\S+)$/i.exec(text.trim());
  if (match === null) return `"${text}" is not SOURCE:TICKER (yahoo:TICKER, fred:SERIES or stooq:TICKER)`;
  if (!ConnectorNames.some((name) => name === match[1]?.toLowerCase())) return `unknown source "${match[1] ?? ''}"; use yahoo, fred or stooq`;
  return undefined;
}

/** The instrument's source spec, or undefined when it has none that can be fetched. */
export function sourceSpecOf(instrument: Pick<Instrument, 'source'>): SourceSpec | undefined {
  return parseSourceSpec(instrument.source);
}

/** `yahoo:^GSPC`: a spec as the command line writes it. */
export function formatSourceSpec(spec: SourceSpec): string {
  return `${spec.connector}:${spec.ticker}`;
}
