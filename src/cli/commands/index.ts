import type { Command } from 'commander';
import { registerBriefCommand } from './brief.js';

/** Registers every subcommand on the program. Each command lives in its own file here. */
export function registerCommands(program: Command): void {
  registerBriefCommand(program);
  void program;
}
