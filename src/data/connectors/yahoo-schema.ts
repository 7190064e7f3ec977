/**
 * The shape of Yahoo Finance's chart response (`/v8/finance/chart/{symbol}`), checked with
 * zod: `{ chart: { result: [{ meta, timestamp?, events?, indicators }] | null, error } }`.
 * Only the fields marketfacts reads are required; everything else passes through.
 */
import { z } from 'zod';

const numbers = z.array(z.number().nullable());

const tradingPeriod = z.object({ start: z.number(), end: z.number() }).loose();

/** `meta`: the instrument and the day of the request (not the requested window). */
export const YahooMeta = z
  .object({
    symbol: z.string(),
    currency: z.string().nullable().optional(),
    instrumentType: z.string().optional(),
    exchangeTimezoneName: z.string().optional(),
    gmtoffset: z.number().optional(),
    regularMarketPrice: z.number().nullable().optional(),
    regularMarketTime: z.number().nullable().optional(),
    currentTradingPeriod: z.object({ regular: tradingPeriod }).loose().optional(),
  })
  .loose();

const dividend = z.object({ amount: z.number(), date: z.number() }).loose();
const split = z.object({ date: z.number(), numerator: z.number(), denominator: z.number(), splitRatio: z.string().optional() }).loose();

/** One result: bars (`timestamp` and the parallel `indicators` arrays) and events. */
export const YahooResult = z
  .object({
    meta: YahooMeta,
    timestamp: z.array(z.number()).optional(),
    events: z.object({ dividends: z.record(z.string(), dividend).optional(), splits: z.record(z.string(), split).optional() }).loose().optional(),
    indicators: z
      .object({
        quote: z.array(z.object({ close: numbers.optional() }).loose()),
        adjclose: z.array(z.object({ adjclose: numbers.optional() }).loose()).optional(),
      })
      .loose(),
  })
  .loose();

/** The whole document. */
export const YahooChart = z.object({
  chart: z.object({
    result: z.array(YahooResult).nullable(),
    error: z.object({ code: z.string(), description: z.string().nullable().optional() }).loose().nullable(),
  }),
});

/** A parsed chart document. */
export type YahooChartDocument = z.infer<typeof YahooChart>;
/** One result of a chart document. */
export type YahooChartResult = z.infer<typeof YahooResult>;
