/**
 * The public web form in real Chromium (issue 11), against a bare restify server that mounts only
 * the form, with a recording IntakePort: at 320 px, in Danish, keyboard only, the browser solves
 * the real ALTCHA proof of work with crypto.subtle (altcha-lib's own solver modules, served by
 * Casebridge), the error summary takes focus after a failed round trip, and the thank-you page
 * follows; the request reaches intake. With JavaScript off the page says why it cannot be sent.
 * A screenshot of the error round trip goes to $NARROW_SCREENSHOTS (default the OS temp dir).
 */
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import restify from 'restify';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { WebFormInput } from '../../bot/src/domain/intake/intake-port';
import { mountWebForm } from '../../bot/src/webform/mount';
import { MemoryUsedTokenStore } from '../../bot/src/webform/used-token-store';
import { CHROMIUM_ARGS, SESSION_START_TIMEOUT_MS, SESSION_STOP_TIMEOUT_MS } from '../fixtures/browser';

const TIMEOUT = 90_000;
const calls: WebFormInput[] = [];
const offMachine: string[] = [];
let server: restify.Server;
let browser: Browser;
let base = '';

beforeAll(async () => {
  server = restify.createServer({ name: 'webform-e2e', handleUncaughtExceptions: false });
  mountWebForm(server, {
    intake: {
      async acceptWebForm(input) {
        calls.push(input);
        return { intakeId: `intake-${calls.length}` };
      },
    },
    formExists: async (tenantId, recordType) => tenantId === 'tenant-1' && recordType === 'case',
    secret: 'e2e-secret-0123456789abcdef',
    usedTokens: new MemoryUsedTokenStore(),
    limiter: (name, points, duration) => new RateLimiterMemory({ keyPrefix: name, points, duration }),
    behindProxy: false,
    logger: pino({ level: 'silent' }),
    minFillSeconds: 1,
    powMinCounter: 2_000,
    powMaxCounter: 8_000,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, SESSION_START_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}, SESSION_STOP_TIMEOUT_MS);

async function newContext(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 320, height: 640 }, ...options });
  context.on('request', (request) => {
    const { hostname } = new URL(request.url());
    if (hostname !== '127.0.0.1' && hostname !== 'localhost') offMachine.push(request.url());
  });
  return context;
}

afterEach(() => expect(offMachine).toEqual([]));

test('Danish, 320 px, keyboard only: an empty send shows the focused summary, a filled one the thank-you', async () => {
  const context = await newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // A page answered 422 is logged as a failed load: the responses are checked below instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && !url.pathname.startsWith('/forms/') && url.pathname !== '/favicon.ico') problems.push(`${response.status()} ${url.pathname}`);
  });

  await page.goto(`${base}/forms/tenant-1/case`); // Accept-Language da-DK
  expect(await page.title()).toBe('Kontakt os');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // Send at once, empty: the script solves the proof of work first, the server answers 422.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('name');
  await page.waitForTimeout(1_100); // the minimum fill time in this test
  await page.keyboard.press('Enter');
  await page.waitForURL(/lang=da/);
  await page.locator('#error-summary').waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
  expect(await page.locator('#error-summary').textContent()).toContain('Udfyld navn.');
  expect(await page.getByLabel('Navn').getAttribute('aria-invalid')).toBe('true');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: path.join(process.env.NARROW_SCREENSHOTS ?? tmpdir(), 'webform-da-320-errors.png'), fullPage: true });

  // Follow the summary's first link, then fill the form with the keyboard alone.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('name');
  await page.keyboard.type('Mette Hansen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('mette@kunde.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Printeren virker ikke');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Den blinker rødt.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hilsen Mette');
  await page.keyboard.press('Tab'); // the attachment
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('attachment');
  await page.keyboard.press('Tab'); // the honeypot is skipped
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Send');
  await expectStatus(page, 'Tjekket er færdigt.');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.keyboard.press('Enter');

  await page.locator('#thanks').waitFor();
  expect(await page.locator('#thanks').textContent()).toBe('Tak');
  expect(await page.locator('main').textContent()).toContain('Vi har modtaget din henvendelse');
  expect(calls).toEqual([
    { tenantId: 'tenant-1', recordType: 'case', name: 'Mette Hansen', email: 'mette@kunde.example', subject: 'Printeren virker ikke', message: 'Den blinker rødt.\nHilsen Mette', attachment: undefined, locale: 'da' },
  ]);
  expect(problems).toEqual([]);
  await context.close();
}, TIMEOUT);

async function expectStatus(page: import('playwright-core').Page, text: string): Promise<void> {
  await page.locator('#pow-status', { hasText: text }).waitFor();
}

test('with JavaScript off the page says the form needs it, and a send is refused without storing', async () => {
  const before = calls.length;
  const context = await newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${base}/forms/tenant-1/case?lang=sv`);
  expect(await page.locator('.wf-noscript').textContent()).toContain('Formuläret behöver JavaScript');
  await page.getByLabel('Namn').fill('Sven');
  await page.getByLabel('E-postadress').fill('sven@kund.example');
  await page.getByLabel('Ämne').fill('Hej');
  await page.getByLabel('Meddelande').fill('Hallå');
  await page.waitForTimeout(1_100);
  await page.getByRole('button', { name: 'Skicka' }).click();
  await page.locator('#error-summary').waitFor();
  expect(await page.locator('#error-summary').textContent()).toContain('Den automatiska skräppostkontrollen blev inte klar.');
  expect(await page.getByLabel('Namn').inputValue()).toBe('Sven');
  expect(calls.length).toBe(before);
  await context.close();
}, TIMEOUT);
