/** `ingest` of saved API responses: a Yahoo chart JSON and FRED observations JSON, read by the connectors' parsers. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIsoDay } from '../../src/core/date.js';
import { isJsonDataFile, readSavedResponseFile } from '../../src/data/connectors/saved-file.js';
import { temporaryDirectory } from '../data/fixtures.js';
import { dateByOffset, recordedPath, recordedText, recordedYahoo, yahooBodyText } from './recorded.js';

const dir = temporaryDirectory();
afterAll(() => dir.remove());

const AAPL = recordedYahoo('chart-AAPL-2020-08-31-to-2020-11-07.json');
const result = AAPL.response.bodyJson.chart.result[0];

function saved(name: string, text: string): string {
  const path = join(dir.dir, name);
  writeFileSync(path, text);
  return path;
}

describe('saved Yahoo chart JSON', () => {
  const path = saved('AAPL.chart.json', yahooBodyText(AAPL));

  it('a stock: close and adjclose as in the response, dated on the exchange clock', () => {
    const loaded = readSavedResponseFile(path, { kind: 'stock', adjustedOnly: false });
    expect(loaded.parsed.layout.format).toBe('yahoo-chart');
    expect(Array.from(loaded.parsed.days, (d) => formatIsoDay(d as never))).toEqual((result?.timestamp ?? []).map((t) => dateByOffset(t, result?.meta.gmtoffset ?? 0)));
    expect(Array.from(loaded.parsed.close ?? [])).toEqual(result?.indicators.quote[0]?.close);
    expect(Array.from(loaded.parsed.adjClose ?? [])).toEqual(result?.indicators.adjclose?.[0]?.adjclose);
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an index keeps the close only; --adjusted-only the adjclose only', () => {
    expect(readSavedResponseFile(path, { kind: 'index', adjustedOnly: false }).parsed.adjClose).toBeNull();
    const adjusted = readSavedResponseFile(path, { kind: 'etf', adjustedOnly: true }).parsed;
    expect(adjusted.close).toBeNull();
    expect(Array.from(adjusted.adjClose ?? [])).toEqual(result?.indicators.adjclose?.[0]?.adjclose);
  });

  it('a cut file: FILE: reason', () => {
    const text = yahooBodyText(AAPL);
    const cut = saved('cut.json', text.slice(0, 500));
    expect(() => readSavedResponseFile(cut, { kind: 'stock', adjustedOnly: false })).toThrow(new RegExp(`^${cut.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: truncated or malformed JSON`));
  });

  it('JSON of another kind is named as such', () => {
    const other = saved('other.json', '{"data": []}');
    expect(() => readSavedResponseFile(other, { kind: 'stock', adjustedOnly: false })).toThrow(`${other}: a JSON file, but neither a Yahoo chart ("chart") nor FRED observations ("observations")`);
  });
});

describe('saved FRED observations JSON', () => {
  it('the values as sent, and a warning that the file is one page of a longer series', () => {
    const page = JSON.parse(recordedText('fred/api-series-observations-GNPCA-limit20.json')) as { count: number; observations: { date: string; value: string }[] };
    const loaded = readSavedResponseFile(recordedPath('fred/api-series-observations-GNPCA-limit20.json'), { kind: 'other', adjustedOnly: false });
    expect(loaded.parsed.layout.format).toBe('fred-json');
    expect(Array.from(loaded.parsed.days, (d) => formatIsoDay(d as never))).toEqual(page.observations.map((o) => o.date));
    expect(Array.from(loaded.parsed.close ?? [])).toEqual(page.observations.map((o) => Number(o.value)));
    expect(loaded.parsed.warnings).toContain(`the file holds ${page.observations.length} of the series' ${page.count} observations (one page)`);
  });

  it('a CSV file is not taken for JSON', () => {
    expect(isJsonDataFile(recordedPath('fred/fredgraph-DGS10-DATE-header-dot-missing-2018-12-27-to-2023-12-27.csv'))).toBe(false);
    expect(isJsonDataFile(recordedPath('fred/api-series-observations-GNPCA-limit20.json'))).toBe(true);
  });
});
