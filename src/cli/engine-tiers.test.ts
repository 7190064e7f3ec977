/** Which command a command line names, and that long-running commands keep every compiler tier. */
import { describe, expect, it } from 'vitest';
import { commandNameOf } from './command-name.js';
import { capOptimisationForOneShot, ONE_SHOT_COMMANDS } from './engine-tiers.js';
import { buildProgram } from './main.js';

describe('commandNameOf', () => {
  it('is the first word that is not an option or the value of --db', () => {
    expect(commandNameOf(['check', 'story.txt', '--json'])).toBe('check');
    expect(commandNameOf(['--db', 'brief', 'stats', 'RUT'])).toBe('stats');
    expect(commandNameOf(['--db=market.duckdb', 'brief'])).toBe('brief');
    expect(commandNameOf(['--version'])).toBeUndefined();
    expect(commandNameOf([])).toBeUndefined();
  });
});

describe('capOptimisationForOneShot', () => {
  it('leaves the engine alone for the long-running commands', () => {
    for (const argv of [['serve', '--port', '0'], ['ingest', 'RUT.csv'], ['--db', 'x.duckdb', 'update'], ['store', 'rebuild']]) expect(capOptimisationForOneShot(argv)).toBe(false);
  });

  it('names only commands the program has', async () => {
    const names = new Set((await buildProgram()).commands.map((command) => command.name()));
    for (const name of ONE_SHOT_COMMANDS.filter((one) => one !== 'help')) expect(names.has(name)).toBe(true);
  });
});
