/**
 * Reading a data file from disk or standard input: its bytes (read in chunks, up to a cap, so
 * memory stays bounded whatever the input: `ingest /dev/zero` stops at the first chunk), their
 * sha256 (provenance) and the parsed values.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../core/errors.js';
import { readSeriesText, type ParsedSeries, type ReadOptions } from './reader.js';
import type { StoredCorporateAction } from './store-ingest.js';

/** The path that means standard input. */
export const STDIN_PATH = '-';

/** How a file is named in messages when it is standard input. */
export const STDIN_NAME = '<stdin>';

/**
 * The largest data file read by default: 256 MB (`--max-size` raises it). The S&P 500's daily
 * closes since 1927 are 2.2 MB; a file a hundred times larger is not daily data.
 */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Bytes read at a time. */
const CHUNK_BYTES = 1024 * 1024;

/** A file read and validated, with what provenance needs. */
export interface LoadedDataFile {
  /** The path as given (`<stdin>` for standard input). */
  readonly path: string;
  /** The file's base name, stored as provenance (`<stdin>` for standard input). */
  readonly fileName: string;
  /** sha256 of the file's bytes, lower-case hex. */
  readonly sha256: string;
  readonly parsed: ParsedSeries;
  /** Splits and dividends the file lists (a saved Yahoo chart JSON), stored as `update` stores a response's; none for a CSV file. */
  readonly events?: readonly StoredCorporateAction[];
}

/**
 * Checks that `path` names a readable file before anything else is done with it (`-`, standard
 * input, always passes). Throws InputError `PATH: no such file`, `PATH: is a directory`, or
 * `PATH: cannot read the file (CODE)`.
 */
export function checkDataFilePath(path: string): void {
  if (path === STDIN_PATH) return;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path}: is a directory`);
  } catch (error: unknown) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${describeFsError(error)}`);
  }
}

function describeFsError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot read the file (${code})`;
}

/**
 * What the first bytes of a file say it is not: UTF-16 text (a byte order mark, or a NUL in
 * every other byte of ASCII text), binary data (any other NUL), or null when neither.
 */
function describeNonText(bytes: Uint8Array): string | null {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'UTF-16 text; save the CSV file as UTF-8';
  if (bytes.indexOf(0) < 0) return null;
  const sample = Math.min(bytes.length - (bytes.length % 2), 512);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 1) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenNuls += 1;
    else oddNuls += 1;
  }
  const half = sample / 2;
  if (half > 0 && (evenNuls === half || oddNuls === half) && evenNuls + oddNuls === half) return 'UTF-16 text; save the CSV file as UTF-8';
  return 'binary data, not a CSV file';
}

/**
 * The text of a data file's bytes, or the reason they are not one: UTF-16 text, binary data
 * (a NUL byte: an executable, a spreadsheet, a compressed file), or bytes that are not UTF-8
 * (text in another encoding). The bytes are never echoed into a message.
 */
export function decodeDataFileBytes(bytes: Uint8Array): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string } {
  const nonText = describeNonText(bytes);
  if (nonText !== null) return { ok: false, reason: nonText };
  if (!isUtf8(bytes)) return { ok: false, reason: 'not UTF-8 text; save the CSV file as UTF-8' };
  return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
}

/** The size limit in words: `256 MB`. */
function describeBytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 100) / 100} MB`;
}

/**
 * Reads a file (or standard input for `-`) in chunks, up to `maxBytes`, refusing at the first
 * chunk what is not text (UTF-16, binary) and beyond the cap what is too large; memory stays
 * within the cap whatever the input. Throws InputError `NAME: reason`.
 */
export function readDataFileBytes(path: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): { readonly bytes: Buffer; readonly sha256: string } {
  const name = path === STDIN_PATH ? STDIN_NAME : path;
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let total = 0;
  let fd: number | undefined;
  try {
    fd = path === STDIN_PATH ? 0 : openSync(path, 'r');
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      } catch (error: unknown) {
        // A pipe with nothing written yet: wait 10 ms and read again.
        if (error instanceof Error && 'code' in error && error.code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        throw error;
      }
      if (n === 0) break;
      const piece = chunk.subarray(0, n);
      if (total === 0) {
        const nonText = describeNonText(piece);
        if (nonText !== null) throw new InputError(`${name}: ${nonText}`);
      } else if (piece.indexOf(0) >= 0) {
        throw new InputError(`${name}: binary data, not a CSV file`);
      }
      total += n;
      if (total > maxBytes) throw new InputError(`${name}: larger than ${describeBytes(maxBytes)}, the most a data file may be; raise the limit with --max-size MB`);
      hash.update(piece);
      chunks.push(piece);
    }
  } catch (error: unknown) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${name}: ${describeFsError(error)}`);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
  return { bytes: Buffer.concat(chunks, total), sha256: hash.digest('hex') };
}

/**
 * Reads, hashes and validates a data file (`-`: standard input, named `<stdin>`). Messages
 * name the file as `path` was given; `maxBytes` caps its size. Throws InputError when the file is missing, a directory,
 * unreadable, too large, UTF-16, binary or not UTF-8 (`PATH: reason`), DataFileError
 * (`FILE:LINE: reason`) when a row is bad and `lenient` is off.
 */
export function readDataFile(path: string, options: Omit<ReadOptions, 'fileName'>, maxBytes: number = DEFAULT_MAX_FILE_BYTES): LoadedDataFile {
  checkDataFilePath(path);
  const name = path === STDIN_PATH ? STDIN_NAME : path;
  const { bytes, sha256 } = readDataFileBytes(path, maxBytes);
  const decoded = decodeDataFileBytes(bytes);
  if (!decoded.ok) throw new InputError(`${name}: ${decoded.reason}`);
  const parsed = readSeriesText(decoded.text, { ...options, fileName: name });
  return { path: name, fileName: path === STDIN_PATH ? STDIN_NAME : basename(path), sha256, parsed };
}

/** True when the file's first non-blank character is `{`: a JSON document, not a CSV file. */
export function isJsonDataFile(path: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch {
    // Missing or unreadable: the CSV reader names the problem.
    return false;
  }
  try {
    const head = Buffer.alloc(64);
    const read = readSync(descriptor, head, 0, head.length, 0);
    return /^(\uFEFF)?\s*\{/.test(head.subarray(0, read).toString('utf8'));
  } catch {
    return false;
  } finally {
    closeSync(descriptor);
  }
}
