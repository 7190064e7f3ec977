/**
 * Section headings of wire copy, as data: "On Thursday:", "For the week:", "For the year:",
 * "Year to date:". A heading sets the day or the period of every line under it (until the
 * block of lines ends or the next heading). Adding a heading is one line here.
 */
import type { ToDatePeriod } from '../../types.js';

/** What a heading sets: the to-date period of the lines under it, or the day (a weekday, 0 = Sunday). */
export type HeadingRule = { readonly sets: 'period'; readonly period: ToDatePeriod } | { readonly sets: 'weekday' };

/** Heading texts (the line without its colon, case-insensitive, whole line) and what each sets. */
export const HEADINGS: readonly (readonly [RegExp, HeadingRule])[] = [
  [/^(?:on|for)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i, { sets: 'weekday' }],
  [/^(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i, { sets: 'weekday' }],
  [/^(?:for the week|this week|week to date|on the week|the week)$/i, { sets: 'period', period: 'wtd' }],
  [/^(?:for the month|this month|month to date|so far this month)$/i, { sets: 'period', period: 'mtd' }],
  [/^(?:for the quarter|this quarter|quarter to date)$/i, { sets: 'period', period: 'qtd' }],
  [/^(?:for the year|this year|year to date|so far this year|year-to-date)$/i, { sets: 'period', period: 'ytd' }],
];

/** The longest line read as a heading, in characters (colon included). */
export const MAX_HEADING_CHARS = 40;
