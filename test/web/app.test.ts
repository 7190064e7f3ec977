/**
 * The web app in a real headless Chromium (Debian's, driven by playwright-core) against the
 * server over a real store: Today for 2024-11-25 shows the Russell 2000's close and charts,
 * a number's card shows its inputs, and a story with a wrong figure gets it flagged. Every page
 * is saved as a screenshot under test-results/web/. Expected figures come from the shipped CSV.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { buildShippedFixture, type ShippedStoreFixture } from '../data/store-helpers.js';
import { readShippedRows, REPO_ROOT, shippedFileOf } from '../helpers/shipped-series.js';

const SHOTS = join(REPO_ROOT, 'test-results', 'web');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let fixture: ShippedStoreFixture;
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];

/** The close of RUT on 2024-11-25 as a story writes it, from the CSV. */
const rutClose = (decimals = 2): string => {
  const close = readShippedRows(shippedFileOf('RUT')).find((row) => row.date === '2024-11-25')?.close ?? Number.NaN;
  return close.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  fixture = await buildShippedFixture();
  // The app as `npm run build` made it (npm test builds before it tests).
  server = await startServer({ port: 0, host: '127.0.0.1', db: fixture.path, webDir: join(REPO_ROOT, 'dist', 'web') });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}, 120_000);

afterAll(async () => {
  await browser.close();
  await server.close();
  fixture.remove();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Patience, not a timing: on a busy shared machine a check can take far longer than usual.
  page.setDefaultTimeout(90_000);
  problems = [];
  // A script error or a blocked resource (the content security policy) is a failure of the page.
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
});

describe('the web app in Chromium', { timeout: 180_000 }, () => {
  it('Today for 2024-11-25 shows the Russell 2000 close and a chart per instrument', async () => {
    await page.goto(`${server.url}/?date=2024-11-25`);
    const close = rutClose();
    expect(close).toBe('2,442.03');
    await page.locator(`.brief .num[data-number="${close}"]`).first().waitFor();
    await page.locator('.chart canvas').first().waitFor();
    const charts = await page.locator('.chart').count();
    expect(charts).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.chart[data-symbol="RUT"] canvas').count()).toBeGreaterThan(0);
    expect(await page.inputValue('#date')).toBe('2024-11-25');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'today.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('a number shows its inputs on hover and on keyboard focus', async () => {
    await page.goto(`${server.url}/?date=2024-11-25`);
    const number = page.locator('.brief .num[data-number="2,442.03"]').first();
    await number.hover();
    const tip = page.locator('#tip');
    await tip.waitFor({ state: 'visible' });
    const text = await tip.innerText();
    expect(text).toContain('RUT');
    expect(text).toContain('2024-11-25');
    expect(text).toContain('2,442.03');
    await page.screenshot({ path: join(SHOTS, 'today-hover.png') });
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });
    // Keyboard: Tab reaches the numbers; the focused one shows its card.
    let focused = '';
    for (let k = 0; k < 40 && focused === ''; k++) {
      await page.keyboard.press('Tab');
      // A string runs in the page (this file is compiled without the DOM's types).
      focused = String(await page.evaluate("document.activeElement?.classList.contains('num') ? document.activeElement.textContent : ''"));
    }
    expect(focused).not.toBe('');
    await tip.waitFor({ state: 'visible' });
    expect(problems).toEqual([]);
  });

  it('Check flags a wrong figure in a pasted story, with the actual value and the corrected text', async () => {
    await page.goto(`${server.url}/check?date=2024-11-25`);
    const story = 'Small caps led the way on Monday. The Russell 2000 rose 1.5% to 2,450.03, and the S&P 500 gained 0.3%.';
    await page.fill('#article', story);
    await page.click('button[type=submit]');
    const wrong = page.locator('mark.verdict-contradicted').first();
    await wrong.waitFor();
    expect(await wrong.innerText()).toContain('2,450.03');
    expect(await page.locator('mark.verdict-supported').count()).toBeGreaterThan(0);
    await wrong.hover();
    const tip = page.locator('#tip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.innerText()).toContain('Correction');
    await page.screenshot({ path: join(SHOTS, 'check.png'), fullPage: true });
    expect(await page.inputValue('#corrected')).toBe(story.replace('2,450.03', rutClose()));
    expect(problems).toEqual([]);
  });

  it('Instrument shows the stats table, the seasonality heatmap, records, drawdowns and biggest days', async () => {
    await page.goto(`${server.url}/instrument/RUT?date=2024-11-25`);
    await page.locator('table.heatmap').waitFor();
    await page.locator('.chart canvas').first().waitFor();
    expect(await page.locator('table.stats').innerText()).toContain(rutClose(4));
    expect(await page.locator('table.heatmap tbody tr').count()).toBeGreaterThan(30);
    expect(await page.locator('table.bars tbody tr').count()).toBeGreaterThan(5);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'instrument.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('reads on a phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/?date=2024-11-25`);
    await page.locator('.chart canvas').first().waitFor();
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    expect(overflow).toBeLessThanOrEqual(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'today-phone.png'), fullPage: false });
    expect(problems).toEqual([]);
  });
});
