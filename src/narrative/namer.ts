/**
 * Names as people write them: the instrument's story name on first reference in a paragraph
 * ("the Russell 2000"), then its short name ("the index") and "it" in turn; the story name
 * again after a sentence that named another instrument.
 */
import type { Instrument } from '../core/instrument.js';
import { capitalize } from './phrases.js';

/** Chooses the subject of each sentence in one paragraph. */
export class Namer {
  private last: string | null = null;
  private references = 0;

  constructor(private readonly instruments: ReadonlyMap<string, Instrument>) {}

  /** The story name of an instrument, lower case as inside a sentence: `the Russell 2000`. */
  storyName(symbol: string): string {
    return this.instruments.get(symbol)?.storyName ?? symbol;
  }

  /** The capitalized subject for the next sentence about `symbol`. */
  subject(symbol: string): string {
    const instrument = this.instruments.get(symbol);
    if (instrument === undefined) return symbol;
    if (this.last !== symbol) {
      this.last = symbol;
      this.references = 1;
      return capitalize(instrument.storyName);
    }
    this.references++;
    // A short name that is the story name ("the VIX") would repeat it: "it" comes first instead.
    const shortFirst = instrument.shortName !== instrument.storyName;
    return capitalize(this.references % 2 === 0 === shortFirst ? instrument.shortName : 'it');
  }

  /** The short name for a later reference inside a sentence about `symbol`: `the index`. */
  shortName(symbol: string): string {
    return this.instruments.get(symbol)?.shortName ?? symbol;
  }

  /** Records that a sentence named an instrument other than its subject: the next subject is named in full. */
  namedOther(): void {
    this.last = null;
  }
}

/** The sentence with a leading short name or "It" replaced by the instrument's story name. */
export function withFullName(text: string, instrument: Instrument): string {
  return withSubject(text, instrument, capitalize(instrument.storyName));
}

/** Which name of `instrument` opens `text`: its story name, short name or "It" (capitalized); null for none. */
export function openingName(text: string, instrument: Instrument): string | null {
  for (const name of [capitalize(instrument.storyName), capitalize(instrument.shortName), 'It']) {
    if (text.startsWith(`${name} `)) return name;
  }
  return null;
}

/** The sentence with its leading name of `instrument` (story name, short name or "It") replaced by `subject`. */
export function withSubject(text: string, instrument: Instrument, subject: string): string {
  const prefix = openingName(text, instrument);
  return prefix === null ? text : `${subject}${text.slice(prefix.length)}`;
}
