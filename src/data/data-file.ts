/** Reading a data file from disk: its bytes, their sha256 (provenance) and the parsed values. */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../core/errors.js';
import { readSeriesText, type ParsedSeries, type ReadOptions } from './reader.js';

/** A file read and validated, with what provenance needs. */
export interface LoadedDataFile {
  /** The path as given. */
  readonly path: string;
  /** The file's base name, stored as provenance. */
  readonly fileName: string;
  /** sha256 of the file's bytes, lower-case hex. */
  readonly sha256: string;
  readonly parsed: ParsedSeries;
}

/**
 * Checks that `path` names a readable regular file before anything else is done with it.
 * Throws InputError `PATH: no such file`, `PATH: is a directory`, or `PATH: cannot read the
 * file (CODE)`.
 */
export function checkDataFilePath(path: string): void {
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
 * The text of a data file's bytes, or the reason they are not one: a NUL byte means binary
 * data (an executable, a spreadsheet, a compressed file), bytes that are not UTF-8 mean text
 * in another encoding. Neither is ever echoed into a message.
 */
export function decodeDataFileBytes(bytes: Uint8Array): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string } {
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: 'binary data, not a CSV file' };
  if (!isUtf8(bytes)) return { ok: false, reason: 'not UTF-8 text; save the CSV file as UTF-8' };
  return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
}

/**
 * Reads, hashes and validates a data file. Messages name the file as `path` was given.
 * Throws InputError when the file is missing, a directory, unreadable, binary or not UTF-8
 * (`PATH: reason`), DataFileError (`FILE:LINE: reason`) when a row is bad and `lenient` is off.
 */
export function readDataFile(path: string, options: Omit<ReadOptions, 'fileName'>): LoadedDataFile {
  checkDataFilePath(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error: unknown) {
    throw new InputError(`${path}: ${describeFsError(error)}`);
  }
  const decoded = decodeDataFileBytes(bytes);
  if (!decoded.ok) throw new InputError(`${path}: ${decoded.reason}`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const parsed = readSeriesText(decoded.text, { ...options, fileName: path });
  return { path, fileName: basename(path), sha256, parsed };
}
