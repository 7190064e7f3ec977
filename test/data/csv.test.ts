import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countLines, parseCsvText } from '../../src/data/csv.js';

describe('parseCsvText', () => {
  it('strips a BOM, handles CRLF and counts blank lines with their line numbers', () => {
    const table = parseCsvText('\uFEFFDate,Close\r\n2024-11-22,1\r\n\r\n2024-11-25,2\r\n\r\n');
    expect(table.header).toEqual(['Date', 'Close']);
    expect(table.rows).toEqual([
      ['2024-11-22', '1'],
      ['2024-11-25', '2'],
    ]);
    expect(Array.from(table.lines)).toEqual([2, 4]);
    expect(table.blankLines).toBe(2);
    expect(table.parser).toBe('scanner');
  });

  it('an empty text has no header and no rows', () => {
    const table = parseCsvText('');
    expect(table.header).toEqual([]);
    expect(table.rows).toEqual([]);
  });

  it('countLines bounds the rows', () => {
    expect(countLines('')).toBe(1);
    expect(countLines('a\nb\n')).toBe(3);
  });

  it('a last line without a line break is read', () => {
    expect(parseCsvText('a,b\n1,2').rows).toEqual([['1', '2']]);
  });

  it('quoted cells go through papaparse', () => {
    const table = parseCsvText('"Date","Note"\n2024-11-22,"a, b"\n');
    expect(table.parser).toBe('papaparse');
    expect(table.rows).toEqual([['2024-11-22', 'a, b']]);
    expect(Array.from(table.lines)).toEqual([2]);
  });

  it('the scanner agrees with papaparse on unquoted CSV with non-blank cells (property)', () => {
    const cell = fc.stringMatching(/^[0-9A-Za-z][0-9A-Za-z .:-]{0,7}$/);
    const row = fc.array(cell, { minLength: 1, maxLength: 6 }).map((cells) => cells.join(','));
    const file = fc.tuple(fc.array(row, { minLength: 2, maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.boolean());
    fc.assert(
      fc.property(file, ([lines, newline, trailing]) => {
        const text = lines.join(newline) + (trailing ? newline : '');
        const ours = parseCsvText(text);
        expect(ours.parser).toBe('scanner');
        const theirs = Papa.parse<string[]>(text, { delimiter: ',', newline, skipEmptyLines: true }).data;
        const [header, ...rows] = theirs;
        if (header === undefined) return ours.header.length === 0;
        expect(ours.header).toEqual(header.map((c) => c.trim()));
        expect(ours.rows).toEqual(rows);
        return true;
      }),
    );
  });
});
