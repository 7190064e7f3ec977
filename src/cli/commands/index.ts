import type { Command } from 'commander';
import { registerIngestCommand } from './ingest.js';
import { registerInstrumentsCommand } from './instruments.js';
import { registerSeriesCommand } from './series.js';
import { registerBriefCommand } from './brief.js';
import { registerCheckCommand } from './check.js';
import { registerStatsCommand } from './stats.js';
import { registerSeasonalityCommand } from './seasonality.js';
import { registerCompareCommand } from './compare.js';
import { registerCalendarCommand } from './calendar.js';
import { registerStoreCommand } from './store.js';
import { registerUpdateCommand } from './update-command.js';
import { registerServeCommand } from './serve.js';

/** Registers every subcommand on the program. Each command lives in its own file here. */
export function registerCommands(program: Command): void {
  registerBriefCommand(program);
  registerCheckCommand(program);
  registerIngestCommand(program);
  registerInstrumentsCommand(program);
  registerSeriesCommand(program);
  registerStatsCommand(program);
  registerSeasonalityCommand(program);
  registerCompareCommand(program);
  registerCalendarCommand(program);
  registerStoreCommand(program);
  registerUpdateCommand(program);
  registerServeCommand(program);
  void program;
}
