/**
 * The README's local mode as a user runs it: the real entry point in its own process. Changes
 * survive a graceful restart, and a crash loses at most the last snapshot interval.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { call, field, tokenFor } from '../fixtures/api-client';
import { REPO_ROOT } from '../fixtures/server';

jest.setTimeout(90_000);

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-process-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function start(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', CASEBRIDGE_DATA_DIR: dataDir, CASEBRIDGE_SNAPSHOT_INTERVAL_MS: '300', LOG_LEVEL: 'warn', CASEBRIDGE_SMTP_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 60_000);
    const check = () => {
      const match = /Open (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function changeJoinChat(url: string, value: boolean): Promise<void> {
  const admin = await tokenFor(url, 'Astrid Holm');
  const current = await call(url, 'GET', '/api/settings/workorder', { token: admin });
  const res = await call(url, 'PATCH', '/api/settings/workorder', { token: admin, body: { joinChat: value }, headers: { 'if-match': current.headers.get('etag') ?? '' } });
  expect(res.status).toBe(200);
}

async function joinChat(url: string): Promise<boolean> {
  const admin = await tokenFor(url, 'Astrid Holm');
  return field<boolean>((await call(url, 'GET', '/api/settings/workorder', { token: admin })).body, 'settings', 'joinChat');
}

test('prints where to open it; a change survives a graceful stop and start', async () => {
  const first = await start();
  expect(first.output()).toContain('Casebridge (local mode) is running');
  // Issue 9: with no HOST, local mode listens on loopback only (its dev sign-in mints any demo user's token).
  expect(first.output()).toContain('Listening on 127.0.0.1 (this machine only).');
  expect(first.output()).not.toContain('WARNING');
  await changeJoinChat(first.url, true);
  const admin = await tokenFor(first.url, 'Astrid Holm');
  first.child.kill('SIGTERM');
  expect(await exited(first.child)).toBe(0);

  const second = await start();
  expect(await joinChat(second.url)).toBe(true);
  // The token signed before the restart is still valid: the dev key is kept with the data.
  expect((await call(second.url, 'GET', '/api/me', { token: admin })).status).toBe(200);
  // Demo data is not seeded twice.
  const mads = await tokenFor(second.url, 'Mads Nielsen');
  const cases = await call(second.url, 'GET', '/api/records?type=case&limit=100', { token: mads });
  expect(field<unknown[]>(cases.body, 'items')).toHaveLength(30);

  await changeJoinChat(second.url, false);
  await new Promise((r) => setTimeout(r, 1500)); // a few snapshot intervals
  second.child.kill('SIGKILL');
  await exited(second.child);

  const third = await start();
  expect(await joinChat(third.url)).toBe(false);
  third.child.kill('SIGTERM');
  expect(await exited(third.child)).toBe(0);
}, 240_000); // three starts of the real entry point, each up to a minute on a loaded machine
