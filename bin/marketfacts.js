#!/usr/bin/env node
import { capOptimisationForOneShot, main } from '../dist/cli.js';

const argv = process.argv.slice(2);
// A one-shot command runs on V8's baseline compiler (src/cli/engine-tiers.ts).
capOptimisationForOneShot(argv);

// A closed pipe (`marketfacts series SPX | head`) is a normal end, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(argv);
