#!/usr/bin/env node
// The command line started plainly; bin/marketfacts starts it from its start-up snapshot when one is built.
import { runCommandLine } from '../dist/cli.js';

await runCommandLine(process.argv.slice(2));
