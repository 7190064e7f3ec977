/**
 * Tolerance rules (rounding and hedge words, property tests), article decoding (binary,
 * not UTF-8, oversize, BOM), and the three outputs (marked text, JSON contract, escaped HTML).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/claims/check.js';
import { decodeArticle, MAX_ARTICLE_BYTES } from '../../src/claims/read/document/input.js';
import { escapeHtml, markText, renderHtml, renderText } from '../../src/claims/report/render.js';
import { reportJson } from '../../src/claims/report/json.js';
import { allowedInterval, compareNumber, timeOfDayAllowance } from '../../src/claims/judge/tolerance.js';
import type { Hedge, StatedNumber } from '../../src/claims/types.js';
import { parseIsoDay } from '../../src/core/date.js';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';
import { roundHalfAway } from '../../src/narrative/ap-style.js';
import { allSeries } from './scan.js';

function stated(value: number, decimals: number, hedge: Hedge = 'exact', signed = true): StatedNumber {
  return { type: 'number', value, decimals, unit: 'percent', hedge, signed, raw: String(value), start: 0, end: 1 };
}

describe('tolerance', () => {
  it('11.2 holds for 11.15 to 11.25, both ends included, and nothing outside', () => {
    for (const actual of [11.15, 11.17, 11.2, 11.25]) expect(compareNumber(stated(11.2, 1), actual).holds).toBe(true);
    for (const actual of [11.1499, 11.2501, 12]) expect(compareNumber(stated(11.2, 1), actual).holds).toBe(false);
  });

  it('hedge words widen or bound the interval', () => {
    expect(compareNumber(stated(-5, 0, 'about'), -5.9).holds).toBe(true);
    expect(compareNumber(stated(-5, 0, 'about'), -6.1).holds).toBe(false);
    expect(compareNumber(stated(2, 0, 'nearly'), 1.3).holds).toBe(true);
    expect(compareNumber(stated(2, 0, 'nearly'), 2.6).holds).toBe(false);
    expect(compareNumber(stated(20, 0, 'more-than'), 25.5).holds).toBe(true);
    expect(compareNumber(stated(20, 0, 'more-than'), 19).holds).toBe(false);
    expect(compareNumber(stated(1, 0, 'within', false), 0.03).holds).toBe(true);
    expect(compareNumber(stated(1, 0, 'less-than', false), 1.7).holds).toBe(false);
    expect(compareNumber(stated(2, 0, 'just-over'), 2.04).holds).toBe(true);
    expect(allowedInterval(stated(2400, 0, 'about')).low).toBeCloseTo(2328, 9);
  });

  it('judges the direction apart from the size; an unsigned figure only by size', () => {
    const wrongWay = compareNumber(stated(-1.5, 1), 1.5);
    expect([wrongWay.holds, wrongWay.directionHolds]).toEqual([false, false]);
    expect(compareNumber(stated(25.5, 1, 'exact', false), 25.53).holds).toBe(true);
  });

  it('a figure as of a time of day gets the stated allowance', () => {
    expect(timeOfDayAllowance(stated(0.4, 1), false, 5987)).toBe(0.25);
    expect(compareNumber(stated(0.4, 1), 0.3, 0.25).holds).toBe(true);
    expect(compareNumber(stated(0.4, 1), 0.3).holds).toBe(false);
  });

  it('property: any value holds against its own rounding, and fails one unit away', () => {
    fc.assert(
      fc.property(fc.double({ min: -500, max: 500, noNaN: true }), fc.integer({ min: 0, max: 3 }), (actual, decimals) => {
        const rounded = roundHalfAway(actual, decimals);
        if (rounded === 0) return;
        expect(compareNumber(stated(rounded, decimals), actual).holds).toBe(true);
        const unit = 10 ** -decimals;
        expect(compareNumber(stated(rounded, decimals), actual + Math.sign(actual) * 1.01 * unit).holds).toBe(false);
      }),
    );
  });
});

describe('article input', () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeArticle(bytes('\uFEFFThe S&P 500 rose 0.3%.'))).toEqual({ ok: true, text: 'The S&P 500 rose 0.3%.' });
    expect(decodeArticle(new Uint8Array())).toEqual({ ok: true, text: '' });
  });

  it('refuses binary, invalid UTF-8 and anything over the limit', () => {
    expect(decodeArticle(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x10]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(decodeArticle(Uint8Array.from([0x41, 0xc3, 0x28, 0x42]))).toEqual({ ok: false, reason: 'not UTF-8 text' });
    expect(decodeArticle(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x41))).toMatchObject({ ok: false, reason: expect.stringMatching(/limit/) });
  });
});

describe('outputs', () => {
  const text = 'NEW YORK — Monday, Nov. 25, 2024. The Russell 2000 rose 1.5% to 2,442.03 <b>& more</b>. Gold rose 9%. The S&P 500 fell 2%.';
  const result = checkArticle(text, { instruments: BUILTIN_INSTRUMENTS, series: allSeries() });
  if (!result.ok) throw new Error(result.message);
  const report = result.report;

  it('marks each claim in the text and lists every verdict with its note', () => {
    const marked = markText(text, report.checked);
    expect(marked).toContain('rose 1.5% [1 ok] to 2,442.03 [2 ok]');
    expect(marked).toContain('Gold rose 9% [3 ?]');
    expect(marked).toContain('fell 2% [4 WRONG]');
    const plain = renderText(text, report);
    expect(plain).toContain('Article date: 2024-11-25 (from a date after a weekday in the text)');
    expect(plain).toContain('4 claims: 2 supported, 1 contradicted, 1 unverifiable');
    expect(plain).toMatch(/corrected: The S&P 500 rose 0\.3%\./);
  });

  it('JSON follows the contract: text, symbol, metric, stated, actual, verdict, note, offsets, provenance', () => {
    const json = reportJson(report, 'story.txt');
    expect(json.article_date).toBe('2024-11-25');
    expect(json.counts).toEqual({ supported: 2, contradicted: 1, unverifiable: 1 });
    const first = json.claims[0];
    expect(first).toMatchObject({ id: 1, symbol: 'RUT', metric: 'change_1d_pct', stated: 1.5, verdict: 'supported', reason: null, corrected: null });
    expect(first && text.slice(first.start, first.end)).toBe(first?.text);
    expect(first?.provenance?.inputs.map((input) => input.date)).toEqual(['2024-11-22', '2024-11-25']);
    expect(json.claims[2]).toMatchObject({ symbol: null, verdict: 'unverifiable', reason: 'unknown-instrument' });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('HTML escapes the article and puts numbers and sources on hover', () => {
    const html = renderHtml(text, report, 'Check of <story>');
    expect(html).not.toContain('<b>& more</b>');
    expect(html).toContain('&lt;b&gt;&amp; more&lt;/b&gt;');
    expect(html).toContain('<title>Check of &lt;story&gt;</title>');
    expect(html).toMatch(/<mark class="supported" tabindex="0" title="supported: RUT change_1d_pct\n[^"]*Yahoo Finance \^RUT/);
    expect(html).toContain('<mark class="contradicted"');
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('a date given to the checker wins over the text', () => {
    const other = checkArticle(text, { instruments: BUILTIN_INSTRUMENTS, series: allSeries(), date: parseIsoDay('2024-11-22') });
    expect(other.ok && other.report.dateSource).toBe('option');
  });
});

describe('a series the statistics cannot read', () => {
  it('gives unverifiable verdicts instead of failing the whole check', () => {
    const series = allSeries();
    const rut = series.get('RUT');
    if (!rut) throw new Error('no RUT');
    series.set('RUT', { ...rut, days: rut.days.subarray(0, 0), close: new Float64Array(0) });
    const result = checkArticle('Monday, Nov. 25, 2024. The Russell 2000 rose 1.5%. The S&P 500 rose 0.3%.', { instruments: BUILTIN_INSTRUMENTS, series });
    if (!result.ok) throw new Error(result.message);
    expect(result.report.checked.map((c) => c.verdict.verdict)).toEqual(['unverifiable', 'supported']);
  });
});
