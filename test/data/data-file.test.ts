/** Reading a data file: missing files, directories, binary and non-UTF-8 bytes, long headers. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDataFilePath, decodeDataFileBytes, readDataFile } from '../../src/data/data-file.js';
import { detectLayout } from '../../src/data/formats.js';
import { clipForMessage, MAX_QUOTED_CHARS } from '../../src/data/message-text.js';
import { readSeriesText } from '../../src/data/reader.js';
import { fixturePath, temporaryDirectory } from './fixtures.js';

let temp: { dir: string; remove: () => void };

beforeAll(() => {
  temp = temporaryDirectory();
});

afterAll(() => temp.remove());

/** The bytes of a small ELF executable's start: what `ingest /bin/ls` would read. */
const ELF_START = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x0a, 0xff, 0xfe]);

describe('the path of a data file', () => {
  it('a missing file and a directory are named as such, before the file is read', () => {
    const missing = join(temp.dir, 'nope.csv');
    expect(() => checkDataFilePath(missing)).toThrow(`${missing}: no such file`);
    expect(() => checkDataFilePath(join(temp.dir, 'no-dir', 'nope.csv'))).toThrow(/: no such file$/);
    const dir = join(temp.dir, 'a-dir.csv');
    mkdirSync(dir);
    expect(() => checkDataFilePath(dir)).toThrow(`${dir}: is a directory`);
    expect(() => readDataFile(dir, { kind: 'index' })).toThrow(`${dir}: is a directory`);
    expect(() => checkDataFilePath(fixturePath('generic-date-close.csv'))).not.toThrow();
  });
});

describe('the bytes of a data file', () => {
  it('NUL bytes are binary data; invalid UTF-8 is named; the bytes are never echoed', () => {
    expect(decodeDataFileBytes(ELF_START)).toEqual({ ok: false, reason: 'binary data, not a CSV file' });
    const latin1 = Uint8Array.from([...Buffer.from('date,close\n2024-01-02,'), 0xe9, 0x0a]);
    expect(decodeDataFileBytes(latin1)).toEqual({ ok: false, reason: 'not UTF-8 text; save the CSV file as UTF-8' });
    expect(decodeDataFileBytes(Buffer.from('\uFEFFdate,close\n'))).toEqual({ ok: true, text: '\uFEFFdate,close\n' });
    const binary = join(temp.dir, 'bin.csv');
    writeFileSync(binary, ELF_START);
    let message = '';
    try {
      readDataFile(binary, { kind: 'index' });
    } catch (error: unknown) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toBe(`${binary}: binary data, not a CSV file`);
  });
});

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const REPLACED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]/;

describe('file text quoted in messages', () => {
  it('a long or unprintable header is cut to about 60 characters, on one line', () => {
    const header = Array.from({ length: 40 }, (_, i) => `column${i}`);
    const result = detectLayout(header);
    expect(result.ok).toBe(false);
    const reason = result.ok ? '' : result.reason;
    expect(reason).toBe(`missing column: no date column in header "${header.join(',').slice(0, MAX_QUOTED_CHARS)}..."`);
    expect(() => readSeriesText('\u001b[31mELF\u0001,x\ny,z\n', { fileName: 'f.csv', kind: 'index' })).toThrow(
      'f.csv:1: missing column: no date column in header "?[31mELF?,x"',
    );
    expect(() => readSeriesText(`date,close\n2024-01-02,${'9'.repeat(500)}x\n`, { fileName: 'f.csv', kind: 'index' })).toThrow(
      `f.csv:2: unparseable number "${'9'.repeat(MAX_QUOTED_CHARS)}..." in column close`,
    );
  });

  it('property: clipped text has no control character, at most the limit plus "...", and short text is kept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 80 }), (text, max) => {
        const clipped = clipForMessage(text, max);
        expect(clipped).not.toMatch(CONTROL);
        expect(Array.from(clipped).length).toBeLessThanOrEqual(max + 3);
        if (Array.from(text).length <= max && !REPLACED.test(text)) expect(clipped).toBe(text);
      }),
    );
  });
});
