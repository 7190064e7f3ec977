/**
 * The built-in instrument registry: canonical symbols, the names people write, kind, unit,
 * currency and source. Users add their own in a config file (see `loadInstrumentConfig`).
 */
import { toSymbol, type Instrument } from '../core/instrument.js';

/** An instrument as written here: the symbol as plain text, made canonical on load. */
type InstrumentSpec = Omit<Instrument, 'symbol'> & { readonly symbol: string };

const SPECS: readonly InstrumentSpec[] = [
  {
    symbol: 'SPX', name: 'S&P 500', storyName: 'the S&P 500', shortName: 'the index',
    aliases: ['s&p 500', 'the s&p 500', 's&p', 'the s&p', 'standard & poor\'s 500', 'the broad market', 'spx', '^gspc', 'the benchmark s&p 500', 'the broader market', 'broader market', 'the broad s&p 500', 'the broader s&p 500'],
    kind: 'index', unit: 'points', currency: 'USD', source: 'Yahoo Finance ^GSPC',
    // The index's daily history (the 90-stock Composite until March 1957) opens with the last
    // session of 1927, the shipped file's first row.
    historyBegins: '1927-12-30',
  },
  {
    symbol: 'RUT', name: 'Russell 2000', storyName: 'the Russell 2000', shortName: 'the index',
    aliases: ['russell 2000', 'the russell 2000', 'the russell', 'small caps', 'small-cap stocks', 'small-caps', 'smaller companies', 'rut', '^rut', 'the small-cap russell 2000', 'the small-cap index', 'small-cap index', 'the small cap index', 'small capitalizations', 'small capitalisations', 'the small capitalizations', 'the russell 2000 index'],
    kind: 'index', unit: 'points', currency: 'USD', source: 'Yahoo Finance ^RUT',
  },
  {
    symbol: 'DJI', name: 'Dow Jones Industrial Average', storyName: 'the Dow Jones Industrial Average', shortName: 'the Dow',
    aliases: ['dow jones industrial average', 'the dow jones industrial average', 'the dow', 'dow', 'the blue-chip dow', 'the blue-chip index', 'blue-chip index', 'the blue-chip average', 'the dow jones index', 'dow jones', 'the dow jones', 'djia', 'dji', '^dji'],
    kind: 'index', unit: 'points', currency: 'USD', source: 'Yahoo Finance ^DJI',
  },
  {
    symbol: 'IXIC', name: 'Nasdaq Composite', storyName: 'the Nasdaq composite', shortName: 'the Nasdaq',
    aliases: ['nasdaq composite', 'the nasdaq composite', 'the nasdaq', 'nasdaq', 'ixic', '^ixic', 'tech-heavy nasdaq', 'the tech-heavy nasdaq', 'the tech-heavy nasdaq composite', 'tech-heavy nasdaq composite'],
    kind: 'index', unit: 'points', currency: 'USD', source: 'Yahoo Finance ^IXIC',
    // The composite's base date (100 on Feb. 5, 1971), the shipped file's first row.
    historyBegins: '1971-02-05',
  },
  {
    symbol: 'VIX', name: 'Cboe Volatility Index', storyName: 'the VIX', shortName: 'the VIX',
    aliases: ['vix', 'the vix', 'cboe volatility index', 'the volatility index', 'wall street\'s fear gauge', 'fear gauge', '^vix'],
    kind: 'volatility', unit: 'points', currency: null, source: 'Yahoo Finance ^VIX',
    // Cboe publishes the index from Jan. 2, 1990, the shipped file's first row.
    historyBegins: '1990-01-02',
  },
  {
    symbol: 'US10Y', name: '10-year Treasury yield', storyName: 'the yield on the 10-year Treasury', shortName: 'the 10-year yield',
    aliases: ['10-year treasury yield', 'the 10-year treasury yield', 'the 10-year yield', '10-year yield', 'yield on the 10-year treasury', 'the yield on the 10-year treasury', 'the 10-year treasury', '10-year treasury', '10-year note', 'the 10-year note', 'the 10-year treasury note', '10-year treasury note', 'the benchmark 10-year note', 'the benchmark 10-year treasury note', 'the benchmark 10-year yield', 'the benchmark 10-year treasury yield', 'the yield on the 10-year note', 'the yield on the benchmark 10-year note', 'the yield on the 10-year treasury note', 'ten-year treasury yield', 'the ten-year treasury yield', 'ten-year yield', 'the ten-year yield', 'ten-year note', 'the ten-year note', 'the ten-year treasury note', 'the yield on the ten-year note', 'us10y', 'dgs10'],
    kind: 'yield', unit: 'percent', currency: null, source: 'FRED DGS10',
    // The Treasury's 10-year constant-maturity series starts on Jan. 2, 1962, the file's first row.
    historyBegins: '1962-01-02',
  },
  {
    symbol: 'US2Y', name: '2-year Treasury yield', storyName: 'the yield on the 2-year Treasury', shortName: 'the 2-year yield',
    aliases: ['2-year treasury yield', 'the 2-year treasury yield', 'the 2-year yield', '2-year yield', 'yield on the 2-year treasury', 'the yield on the 2-year treasury', 'the 2-year treasury', '2-year treasury', 'two-year yield', 'the two-year yield', '2-year note', 'the 2-year note', '2-year treasury note', 'the 2-year treasury note', 'the yield on the 2-year note', 'the yield on the 2-year treasury note', 'two-year note', 'the two-year note', 'two-year treasury yield', 'the two-year treasury yield', 'the two-year treasury note', 'the yield on the two-year note', 'the benchmark 2-year yield', 'us2y', 'dgs2'],
    kind: 'yield', unit: 'percent', currency: null, source: 'FRED DGS2',
    // The Treasury's 2-year constant-maturity series starts on June 1, 1976, the file's first row.
    historyBegins: '1976-06-01',
  },
  {
    symbol: 'SPY', name: 'SPDR S&P 500 ETF Trust', storyName: 'the SPDR S&P 500 ETF', shortName: 'the fund',
    aliases: ['spy', 'spdr s&p 500 etf', 'the spdr s&p 500 etf', 'spdr s&p 500 etf trust'],
    kind: 'etf', unit: 'dollars', currency: 'USD', source: 'Yahoo Finance SPY',
  },
  {
    symbol: 'IWM', name: 'iShares Russell 2000 ETF', storyName: 'the iShares Russell 2000 ETF', shortName: 'the fund',
    aliases: ['iwm', 'ishares russell 2000 etf', 'the ishares russell 2000 etf'],
    kind: 'etf', unit: 'dollars', currency: 'USD', source: 'Yahoo Finance IWM',
  },
  {
    symbol: 'VBK', name: 'Vanguard Small-Cap Growth ETF', storyName: "Vanguard's small-cap growth ETF", shortName: 'the fund',
    aliases: ['vbk', 'vanguard small-cap growth etf', "vanguard's small-cap growth etf", 'the vanguard small-cap growth etf', 'vanguard small cap growth etf'],
    kind: 'etf', unit: 'dollars', currency: 'USD', source: 'Yahoo Finance VBK',
  },
  {
    symbol: 'IWO', name: 'iShares Russell 2000 Growth ETF', storyName: 'the iShares Russell 2000 Growth ETF', shortName: 'the fund',
    aliases: ['iwo', 'ishares russell 2000 growth etf', 'the ishares russell 2000 growth etf', "ishares' russell 2000 growth etf"],
    kind: 'etf', unit: 'dollars', currency: 'USD', source: 'Yahoo Finance IWO (adjusted closes only)',
  },
];

/** The built-in instruments, in the order a brief lists them. */
export const BUILTIN_INSTRUMENTS: readonly Instrument[] = SPECS.map((spec) => ({ ...spec, symbol: toSymbol(spec.symbol) }));

/** A built-in instrument by canonical symbol (case-insensitive), or undefined. */
export function findBuiltinInstrument(symbol: string): Instrument | undefined {
  const wanted = toSymbol(symbol);
  return BUILTIN_INSTRUMENTS.find((instrument) => instrument.symbol === wanted);
}
