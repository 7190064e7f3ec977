/**
 * Sections of a document: a heading line ("On Friday:", "For the week:", "For the year:")
 * and the block of lines under it, up to the next blank line or the next heading. The
 * heading sets the day or the period of the figures in its block (rules in
 * `read/rules/headings.ts`).
 */
import { HEADINGS, MAX_HEADING_CHARS, type HeadingRule } from '../rules/headings.js';
import { weekdayIndexOf } from '../rules/when.js';

/** A heading and the block of lines it governs; offsets absolute, `end` exclusive. */
export interface Section {
  /** The heading as written, without its colon ("For the week"). */
  readonly heading: string;
  readonly headingStart: number;
  /** The block under the heading: from the line after it to the next blank line or heading. */
  readonly start: number;
  readonly end: number;
  readonly rule: HeadingRule;
  /** For a weekday heading, the weekday (0 = Sunday), else null. */
  readonly weekday: number | null;
}

/** The heading rule a line matches (its text without the colon), or null. */
export function headingRuleOf(line: string): HeadingRule | null {
  const m = /^\s*([^:\n]+?)\s*:\s*$/.exec(line);
  if (m === null || line.trim().length > MAX_HEADING_CHARS) return null;
  const words = m[1] ?? '';
  for (const [regex, rule] of HEADINGS) if (regex.test(words)) return rule;
  return null;
}

/** The sections of `text`, in order. */
export function findSections(text: string): Section[] {
  const sections: Section[] = [];
  const lines = /[^\n]*(?:\n|$)/g;
  let open: { heading: string; headingStart: number; start: number; rule: HeadingRule } | null = null;
  const close = (end: number): void => {
    if (open === null) return;
    if (end > open.start) {
      const weekday = open.rule.sets === 'weekday' ? weekdayIndexOf(open.heading) : null;
      sections.push({ ...open, end, weekday });
    }
    open = null;
  };
  for (let m = lines.exec(text); m !== null && m[0] !== ''; m = lines.exec(text)) {
    const line = m[0];
    const rule = headingRuleOf(line.replace(/\r?\n$/, ''));
    if (rule !== null) {
      close(m.index);
      open = { heading: line.trim().replace(/\s*:$/, ''), headingStart: m.index + line.indexOf(line.trim()), start: m.index + line.length, rule };
    } else if (line.trim() === '') close(m.index);
  }
  close(text.length);
  return sections;
}

/** The section whose block holds absolute offset `at`, or null. */
export function sectionAt(sections: readonly Section[], at: number): Section | null {
  for (const section of sections) if (section.start <= at && at < section.end) return section;
  return null;
}
