import type { Command } from 'commander';

/** Registers one subcommand on the program. */
type RegisterCommand = (program: Command) => void;

/**
 * Each subcommand's module (one file here per command), loaded only when needed: a run of
 * one command loads its own code and what it imports, not every other command's (the claims
 * reader is not loaded for `brief`, nor the narrative for `check`). In the order of --help.
 */
const COMMAND_MODULES: Readonly<Record<string, () => Promise<RegisterCommand>>> = {
  brief: async () => (await import('./brief.js')).registerBriefCommand,
  check: async () => (await import('./check.js')).registerCheckCommand,
  ingest: async () => (await import('./ingest.js')).registerIngestCommand,
  instruments: async () => (await import('./instruments.js')).registerInstrumentsCommand,
  series: async () => (await import('./series.js')).registerSeriesCommand,
  stats: async () => (await import('./stats.js')).registerStatsCommand,
  seasonality: async () => (await import('./seasonality.js')).registerSeasonalityCommand,
  compare: async () => (await import('./compare.js')).registerCompareCommand,
  calendar: async () => (await import('./calendar.js')).registerCalendarCommand,
  store: async () => (await import('./store.js')).registerStoreCommand,
  update: async () => (await import('./update-command.js')).registerUpdateCommand,
  serve: async () => (await import('./serve.js')).registerServeCommand,
};

/**
 * Registers the subcommands on the program: only `command` when it names one (the command a
 * run names, see commandNameOf), none for null (`--version` alone), else every one (for
 * --help, `help`, a misspelt command and its suggestion).
 */
export async function registerCommands(program: Command, command?: string | null): Promise<void> {
  if (command === null) return;
  const load = command === undefined ? undefined : COMMAND_MODULES[command];
  const registers = await Promise.all(load === undefined ? Object.values(COMMAND_MODULES).map((one) => one()) : [load()]);
  for (const register of registers) register(program);
}
