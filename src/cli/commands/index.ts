import type { Command } from 'commander';

/** Registers every subcommand on the program. Each command lives in its own file here. */
export function registerCommands(program: Command): void {
  void program;
}
