/**
 * Benchmark of the web app (npm run bench -- web): Debian's headless Chromium loads Today for
 * 2024-11-25 from `marketfacts serve` (its own process) and the time is taken until the brief's
 * numbers can be hovered (interactive) and until every chart is drawn. Beside it, in the same
 * run: the same browser loading the bare /healthz document. The target: interactive in
 * under 1 s. Each figure is the median of 5 fresh page loads (nothing cached between them).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildShippedStore } from '../src/data/build-store.js';
import { startServeProcess } from './server.js';
import { findRepoRoot, median } from './support.js';

const LOADS = 5;
const TARGET_MS = 1_000;

/** Runs the section and prints its figures. */
export async function run(): Promise<void> {
  const root = findRepoRoot();
  const dir = mkdtempSync(join(tmpdir(), 'marketfacts-bench-web-'));
  const db = join(dir, 'market.duckdb');
  await buildShippedStore(db);
  const { child, url } = await startServeProcess(root, db);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    console.log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(', ')}`);
    const bare: number[] = [];
    const interactive: number[] = [];
    const drawn: number[] = [];
    for (let k = 0; k < LOADS + 1; k++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let start = performance.now();
      await page.goto(`${url}/healthz`);
      const bareMs = performance.now() - start;
      start = performance.now();
      await page.goto(`${url}/?date=2024-11-25`);
      await page.locator('.brief .num').first().waitFor();
      const interactiveMs = performance.now() - start;
      await page.waitForFunction('document.querySelectorAll(".chart").length > 0 && [...document.querySelectorAll(".chart")].every((c) => c.querySelector("canvas"))');
      const drawnMs = performance.now() - start;
      await context.close();
      if (k === 0) continue; // the first load warms the server's caches
      bare.push(bareMs);
      interactive.push(interactiveMs);
      drawn.push(drawnMs);
    }
    console.log(`GET /healthz in the browser (baseline)     median ${median(bare).toFixed(0).padStart(5)} ms`);
    console.log(`Today 2024-11-25: numbers hoverable        median ${median(interactive).toFixed(0).padStart(5)} ms  (${(median(interactive) / median(bare)).toFixed(1)}x the baseline)`);
    console.log(`Today 2024-11-25: every chart drawn        median ${median(drawn).toFixed(0).padStart(5)} ms`);
    console.log(`  target: interactive in under ${TARGET_MS} ms: ${median(interactive) < TARGET_MS ? 'met' : 'NOT met'}`);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
