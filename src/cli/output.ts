/** Writing results: JSON for machines, aligned tables for terminals. */

/** Writes a value as pretty JSON and a newline to stdout. */
export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A table column: header, and whether to align right (numbers). */
export interface Column {
  readonly header: string;
  readonly alignRight?: boolean;
}

/** Renders rows of cells as an aligned plain-text table with a header rule. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, i) => Math.max(column.header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const pad = (text: string, i: number): string => {
    const width = widths[i] ?? 0;
    return columns[i]?.alignRight ? text.padStart(width) : text.padEnd(width);
  };
  const lines = [columns.map((column, i) => pad(column.header, i)).join('  '), widths.map((width) => '-'.repeat(width)).join('  ')];
  for (const row of rows) lines.push(columns.map((_, i) => pad(row[i] ?? '', i)).join('  ').trimEnd());
  return `${lines.join('\n')}\n`;
}

/** A whole number with thousands separators: `10,789`. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

/**
 * A count and its noun, singular for exactly one: `1 row`, `2 rows`, `10,789 trading days`.
 * `plural` defaults to the singular plus `s`.
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
