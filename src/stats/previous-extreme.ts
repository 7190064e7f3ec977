/**
 * One-pass "previous at least as large" searches with monotonic stacks, O(n) over a series:
 * the engine of "biggest since" and "highest close since".
 */

/**
 * For each i, the most recent j < i whose move in the same direction was at least as large:
 * for `moves[i] > 0` the last j with `moves[j] >= moves[i]`, for `moves[i] < 0` the last j with
 * `moves[j] <= moves[i]`. -1 when there is none (the largest in the data), for a zero move and
 * for NaN (the first day). Ties count as "at least as large". Moves must already be on a grid
 * (see precision.ts) so that equal moves are equal.
 */
export function previousMoveAtLeast(moves: Float64Array): Int32Array {
  const n = moves.length;
  const result = new Int32Array(n);
  const upIdx = new Int32Array(n);
  const upVal = new Float64Array(n);
  const downIdx = new Int32Array(n);
  const downVal = new Float64Array(n);
  let upTop = -1;
  let downTop = -1;
  for (let i = 0; i < n; i++) {
    const move = moves[i] ?? Number.NaN;
    if (move > 0) {
      while (upTop >= 0 && (upVal[upTop] ?? 0) < move) upTop--;
      result[i] = upTop >= 0 ? (upIdx[upTop] ?? -1) : -1;
      upTop++;
      upIdx[upTop] = i;
      upVal[upTop] = move;
    } else if (move < 0) {
      while (downTop >= 0 && (downVal[downTop] ?? 0) > move) downTop--;
      result[i] = downTop >= 0 ? (downIdx[downTop] ?? -1) : -1;
      downTop++;
      downIdx[downTop] = i;
      downVal[downTop] = move;
    } else result[i] = -1;
  }
  return result;
}

/**
 * For each i, the most recent j < i with `values[j] >= values[i]` (`higher`: "the highest close
 * since j") or `values[j] <= values[i]` (`lower`: "the lowest close since j"); -1 when there is
 * none (the highest, or lowest, in the data so far).
 */
export function previousValueAtLeast(values: Float64Array, direction: 'higher' | 'lower'): Int32Array {
  const n = values.length;
  const result = new Int32Array(n);
  const stackIdx = new Int32Array(n);
  const stackVal = new Float64Array(n);
  let top = -1;
  const sign = direction === 'higher' ? 1 : -1;
  for (let i = 0; i < n; i++) {
    const value = sign * (values[i] ?? Number.NaN);
    while (top >= 0 && (stackVal[top] ?? 0) < value) top--;
    result[i] = top >= 0 ? (stackIdx[top] ?? -1) : -1;
    top++;
    stackIdx[top] = i;
    stackVal[top] = value;
  }
  return result;
}

/**
 * Backward scan: the most recent index j in [0, before) whose move in the direction of `move`
 * is at least as large, or -1. For ad-hoc move arrays (N-day moves, weekly moves); NaN
 * entries are skipped; a zero or NaN `move` gives -1.
 */
export function scanMoveAtLeast(moves: Float64Array, before: number, move: number): number {
  if (move > 0) {
    for (let j = before - 1; j >= 0; j--) if ((moves[j] ?? Number.NaN) >= move) return j;
  } else if (move < 0) {
    for (let j = before - 1; j >= 0; j--) if ((moves[j] ?? Number.NaN) <= move) return j;
  }
  return -1;
}
