/** Reading a data file from disk: its bytes, their sha256 (provenance) and the parsed values. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
 * Reads, hashes and validates a data file. Messages name the file as `path` was given.
 * Throws InputError when the file cannot be read, DataFileError (`FILE:LINE: reason`) when a
 * row is bad and `lenient` is off.
 */
export function readDataFile(path: string, options: Omit<ReadOptions, 'fileName'>): LoadedDataFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error: unknown) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new InputError(`${path}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code})`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const parsed = readSeriesText(bytes.toString('utf8'), { ...options, fileName: path });
  return { path, fileName: basename(path), sha256, parsed };
}
