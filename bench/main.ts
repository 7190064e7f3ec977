/**
 * `npm run bench`: every benchmark in one run, each printing its figures and the ratio
 * against the baseline its issue names, measured side by side. Timings are printed, never
 * asserted. `npm run bench -- stats brief` runs only the named sections.
 */
import { run as runData } from './data.js';
import { run as runStats } from './stats.js';
import { run as runBrief } from './brief.js';
import { run as runCheck } from './check.js';
import { run as runCalendar } from './calendar.js';
import { run as runUpdate } from './update.js';
import { run as runCorpus } from './corpus.js';

const SECTIONS = [
  { name: 'data', title: 'Ingest and store (baseline: DuckDB read_csv)', run: runData },
  { name: 'stats', title: 'Statistics engine (baseline: vectorised pandas)', run: runStats },
  { name: 'brief', title: 'Facts and the daily brief', run: runBrief },
  { name: 'check', title: 'Article checker', run: runCheck },
  { name: 'calendar', title: 'Market calendars (baseline: a day-by-day rule check)', run: runCalendar },
  { name: 'update', title: 'update from the sources (baseline: ingest of the same rows from CSV files)', run: runUpdate },
  { name: 'corpus', title: 'Article checker on the graded corpus (../shared/corpus)', run: runCorpus },
] as const;

const wanted = process.argv.slice(2);
for (const section of SECTIONS) {
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  console.log(`\n== ${section.title} ==`);
  await section.run();
}
