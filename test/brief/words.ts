/** Story words for the reference tests, written independently of src/narrative. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** `Nov. 8, 2021`, or `Aug. 2` when the date is in `storyYear`. */
export function apDate(iso: string, storyYear: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const text = `${SHORT[(m ?? 1) - 1] ?? ''} ${d ?? 0}`;
  return y === storyYear ? text : `${text}, ${y ?? 0}`;
}

/** `December 2023`, or `December` in `storyYear`. */
export function apMonth(monthKey: string, storyYear: number): string {
  const [y, m] = monthKey.split('-').map(Number);
  const name = MONTHS[(m ?? 1) - 1] ?? '';
  return y === storyYear ? name : `${name} ${y ?? 0}`;
}

/** Full month name of 1-12. */
export function monthWord(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/**
 * The words an index's year to date (`move`, percent) takes against the benchmark's (`benchmark`):
 * `trailing` / `far behind` (15 points or more) or `outpacing` / `far ahead of`, before "the S&P 500";
 * both down, `a smaller drop than` / `a far bigger drop than` (before "the S&P 500's"). When the two
 * have opposite signs: `while` (the sentence goes on "the S&P 500 is down").
 */
export function relativeWords(move: number, benchmark: number): string {
  if (Math.sign(move) !== Math.sign(benchmark)) return 'while';
  const gap = move - benchmark;
  if (move < 0) return `${Math.abs(gap) >= 15 ? 'a far' : 'a'} ${gap >= 0 ? 'smaller' : 'bigger'} drop than`;
  if (gap >= 0) return gap >= 15 ? 'far ahead of' : 'outpacing';
  return gap <= -15 ? 'far behind' : 'trailing';
}
