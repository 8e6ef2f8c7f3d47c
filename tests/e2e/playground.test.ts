/**
 * Microsoft's own Teams emulator, the Microsoft 365 Agents Playground (@microsoft/m365agentsplayground,
 * offline: TEAMSAPPTESTER_BROWSER=none, telemetry and statsbeat off, and the tests' outbound-network
 * block loaded into it, so any attempt to phone home fails the test), drives the bot of
 * the running local-mode server in Chromium: the playground sends the Teams activities and invokes,
 * renders the bot's Adaptive Cards with the Teams renderer and answers as the Bot Framework
 * connector. Mads asks the bot for a record in his personal chat and takes it from the card
 * (F5: Action.Execute → adaptiveCard/action → the updated card).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../fixtures/browser';
import { call, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { PLAYGROUND_ENV, playgroundArgs, playgroundConfig } from '../../scripts/playground-config';

const TIMEOUT = 90_000;
/** The server, the playground's own process and Chromium, on a loaded 2-core machine. */
const START_TIMEOUT = 180_000;
const REPO = path.resolve(__dirname, '..', '..');

let server: TestServer;
let playground: ChildProcess;
let playgroundUrl: string;
let browser: Browser;
let dir: string;

/** Starts the playground against the server; resolves with its address once it listens. */
async function startPlayground(port: number): Promise<string> {
  const cli = path.join(REPO, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const blockNetwork = pathToFileURL(path.join(REPO, 'tests', 'fixtures', 'block-network.ts')).href;
  playground = spawn(process.execPath, ['--import', tsx, '--import', blockNetwork, ...playgroundArgs(cli, `${server.baseUrl}/api/messages`, port)], {
    cwd: dir,
    env: { ...process.env, ...PLAYGROUND_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the playground did not start:\n${output}`)), 30_000);
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /Listening on (\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    playground.stdout?.on('data', seen);
    playground.stderr?.on('data', seen);
    playground.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the playground exited with ${String(code)}:\n${output}`));
    });
  });
}

/** A port free right now: the playground's connector (its serviceUrl) is told to the server up front. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  // The bot replies only to connectors it knows; the playground's serviceUrl is http://localhost:{port}/_connector.
  server = await startServer({ env: { CASEBRIDGE_ALLOWED_SERVICE_URLS: `http://localhost:${port}/_connector` } });
  dir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-playground-'));
  await writeFile(path.join(dir, '.m365agentsplayground.yml'), playgroundConfig('mads'));
  playgroundUrl = await startPlayground(port);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, START_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  if (playground && playground.exitCode === null) {
    const exited = new Promise((resolve) => playground.once('exit', resolve));
    playground.kill('SIGTERM');
    await exited;
  }
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}, TIMEOUT);

test('in the playground, Mads asks the bot for a record and assigns it to himself from its card', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1300, height: 900 } });
  // The playground's page asks a CDN for fonts; nothing may leave the machine.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort());
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(playgroundUrl);

  // Installing the app in the personal chat: the bot's welcome card.
  await page.getByText('Welcome to Casebridge').waitFor();

  await page.getByRole('textbox').click();
  await page.keyboard.type('CAS-01002');
  await page.getByRole('button', { name: 'Send Message' }).click();
  await page.getByText('CAS-01002 · Faktura mangler på ordre 4471').waitFor();
  const assign = page.getByRole('button', { name: 'Assign to me' });
  await assign.waitFor();
  expect(await page.getByRole('button', { name: 'Close record' }).count()).toBe(1);

  await assign.click();
  await page.getByText('Assigned to you.').waitFor();
  await page.getByText('Mads Nielsen', { exact: true }).first().waitFor();
  // Already his: the card no longer offers to assign it.
  expect(await page.getByRole('button', { name: 'Assign to me' }).count()).toBe(0);

  // The change is the record service's, checked and saved like any other.
  const token = await tokenFor(server.baseUrl, 'Mads Nielsen');
  const record = await call(server.baseUrl, 'GET', '/api/records/case-002', { token });
  expect(record.body).toMatchObject({ owner: { id: DEMO_USERS.mads } });
  const timeline = await call(server.baseUrl, 'GET', '/api/records/case-002/timeline', { token });
  expect(timeline.text).toContain('recordAssigned');
  await context.close();
}, TIMEOUT);
