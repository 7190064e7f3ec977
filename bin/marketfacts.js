#!/usr/bin/env node
import { main } from '../dist/cli.js';

// A closed pipe (`marketfacts series SPX | head`) is a normal end, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
