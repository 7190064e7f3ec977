/** The FRED API's `series/observations` JSON, checked with zod. Values are strings: `"4.27"`, or `"."` for none. */
import { z } from 'zod';
import { ConnectorError } from './errors.js';

const Observations = z
  .object({
    count: z.number(),
    offset: z.number().optional(),
    limit: z.number().optional(),
    observations: z.array(z.object({ date: z.string(), value: z.string() }).loose()),
  })
  .loose();

/** The observations of one page and the series' total `count` (for paging). */
export interface FredObservationPage {
  readonly rows: readonly { readonly date: string; readonly value: string }[];
  readonly count: number;
}

/** Reads one page; a document of another shape is a ConnectorError naming the first problem. */
export function readFredObservations(value: unknown, series: string): FredObservationPage {
  const checked = Observations.safeParse(value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ConnectorError('fred', series, `not a series/observations response (${issue === undefined ? 'document' : `${issue.path.join('.') || 'document'}: ${issue.message}`})`);
  }
  return { rows: checked.data.observations.map(({ date, value: text }) => ({ date, value: text })), count: checked.data.count };
}
