/**
 * Corrected sentences: the article's own sentence with the wrong figure (and, when the
 * direction is wrong, the direction word) replaced by what the data say, in AP style.
 */
import { civilFromDay, type DayNumber } from '../../core/date.js';
import { formatApDate, formatApMonth, formatCount, formatNumber, formatOrdinal } from '../../narrative/ap-style.js';
import type { Claim, StatedDate, StatedNumber } from '../types.js';

const OPPOSITES: Readonly<Record<string, string>> = {
  rose: 'fell', fell: 'rose', gained: 'lost', lost: 'gained', up: 'down', down: 'up', higher: 'lower', lower: 'higher',
  climbed: 'fell', jumped: 'fell', rallied: 'fell', advanced: 'declined', declined: 'rose', increased: 'decreased',
  decreased: 'increased', dropped: 'rose', slid: 'rose', slipped: 'rose', added: 'lost', shed: 'added', sank: 'rose',
  tumbled: 'rose', surged: 'fell', soared: 'fell', gain: 'loss', loss: 'gain', drop: 'rise', rise: 'drop', decline: 'gain',
  gains: 'losses', losses: 'gains', declines: 'gains', drops: 'gains', advance: 'decline', eased: 'rose', retreated: 'rose',
  winning: 'losing', losing: 'winning', more: 'less', less: 'more', behind: 'ahead of', above: 'below', below: 'above',
};

/** The sentence with [start, end) (absolute offsets) replaced; `sentenceStart` locates the sentence. */
export function replaceInSentence(claim: Claim, start: number, end: number, replacement: string): string {
  const s = claim.sentenceStart;
  const text = claim.sentence;
  return `${text.slice(0, start - s)}${replacement}${text.slice(end - s)}`;
}

/** Flips the last direction word in [from, to) (absolute) of the claim's sentence; the sentence unchanged when there is none. */
export function flipDirection(claim: Claim, sentence: string, from: number, to: number): string {
  const s = claim.sentenceStart;
  const region = sentence.slice(Math.max(0, from - s), Math.max(0, to - s));
  const words = [...region.matchAll(/[A-Za-z]+/g)];
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k];
    if (word === undefined) continue;
    const lower = word[0].toLowerCase();
    const opposite = OPPOSITES[lower];
    if (opposite === undefined) continue;
    const at = Math.max(0, from - s) + (word.index ?? 0);
    const cased = word[0][0] === word[0][0]?.toUpperCase() ? opposite.charAt(0).toUpperCase() + opposite.slice(1) : opposite;
    return `${sentence.slice(0, at)}${cased}${sentence.slice(at + word[0].length)}`;
  }
  return sentence;
}

/** The digits of a stated figure rewritten to `value` in AP style (magnitude, thousands separators, the same decimals or at least `minDecimals`), unit words kept. */
export function rewriteFigure(stated: StatedNumber, value: number, minDecimals: number): string {
  const digits = /^([+\-−–]?\s?)(\$?\s?)([\d,.]+)/.exec(stated.raw);
  const decimals = Math.max(stated.decimals, minDecimals);
  const plain = formatNumber(Math.abs(value), decimals);
  if (digits === null) return plain;
  const sign = digits[1] === '' ? '' : value < 0 ? '-' : '+';
  return `${sign}${digits[2] ?? ''}${plain}${stated.raw.slice(digits[0].length)}`;
}

/**
 * The corrected sentence for a number claim: the figure rewritten, and the direction word
 * flipped when the actual move went the other way. `actual` is in the stated unit.
 */
export function correctNumber(claim: Claim, stated: StatedNumber, actual: number, minDecimals: number): string {
  let replacement: string;
  if (stated.unit === 'count') {
    const n = Math.abs(Math.round(actual));
    replacement = /^\d+$/.test(stated.raw) ? String(n) : /(?:st|nd|rd|th)$/i.test(stated.raw) || /th$|first|second|third/i.test(stated.raw) ? formatOrdinal(n) : formatCount(n);
  } else {
    replacement = rewriteFigure(stated, actual, minDecimals);
  }
  const sentence = replaceInSentence(claim, stated.start, stated.end, replacement);
  const wrongWay = stated.signed && actual !== 0 && Math.sign(actual) !== Math.sign(stated.value);
  if (!wrongWay) return sentence;
  const shift = replacement.length - (stated.end - stated.start);
  return flipDirection(claim, sentence, Math.min(claim.start, stated.start), Math.max(claim.end, stated.end) + shift);
}

/** A date written as the text wrote it: day, month or year precision, year omitted when the text omitted it in the article's year. */
export function formatStatedLike(stated: StatedDate, day: DayNumber, articleDay: DayNumber): string {
  const { year, month } = civilFromDay(day);
  const articleYear = civilFromDay(articleDay).year;
  if (stated.precision === 'year') return String(year);
  if (stated.precision === 'month') return formatApMonth(year, month, !stated.yearGiven ? articleYear : undefined);
  return formatApDate(day, !stated.yearGiven ? articleYear : undefined);
}

/** The corrected sentence for a date claim: the stated date replaced by `replacement`. */
export function correctDate(claim: Claim, stated: StatedDate, replacement: string): string {
  return replaceInSentence(claim, stated.start, stated.end, replacement);
}
