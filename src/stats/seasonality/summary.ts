/** The summary every seasonal statistic reports: count and window, mean, median, up share, best and worst. */

/** Summary of a list of yearly moves, with its window. */
export interface MoveSummary {
  /** Number of moves, and the first and last year they cover; null years when n = 0. */
  readonly n: number;
  readonly first_year: number | null;
  readonly last_year: number | null;
  /** Mean and median move (percent; bp for yields); null when n = 0. */
  readonly mean: number | null;
  readonly median: number | null;
  /** Moves above 0 (a zero move is not up) and their share (0-1; null when n = 0). */
  readonly up: number;
  readonly up_ratio: number | null;
  /** The years and moves of the largest and smallest (the earliest on a tie); null when n = 0. */
  readonly best: { year: number; move: number } | null;
  readonly worst: { year: number; move: number } | null;
}

/** {@link MoveSummary} of `(year, move, comparable)` entries, oldest first. */
export function summarizeMoves(entries: readonly { year: number; move: number; comparable: number }[]): MoveSummary {
  const n = entries.length;
  const first = entries[0];
  const lastEntry = entries[n - 1];
  if (!first || !lastEntry) return { n: 0, first_year: null, last_year: null, mean: null, median: null, up: 0, up_ratio: null, best: null, worst: null };
  let sum = 0;
  let up = 0;
  let best = first;
  let worst = first;
  for (const entry of entries) {
    sum += entry.move;
    if (entry.comparable > 0) up++;
    if (entry.comparable > best.comparable) best = entry;
    if (entry.comparable < worst.comparable) worst = entry;
  }
  const sorted = entries.map((entry) => entry.move).sort((a, b) => a - b);
  const middle = n >> 1;
  const median = n % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { n, first_year: first.year, last_year: lastEntry.year, mean: sum / n, median, up, up_ratio: up / n, best: { year: best.year, move: best.move }, worst: { year: worst.year, move: worst.move } };
}
