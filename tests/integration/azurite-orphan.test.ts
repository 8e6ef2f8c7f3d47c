/**
 * Local mode's Azurite never outlives the Casebridge process that started it, even when that
 * process is killed with SIGKILL (no exit handler runs): it ends when its IPC channel closes.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../fixtures/server';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-orphan-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

async function answers(port: string): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/devstoreaccount1?comp=list`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

test('killing the process that started Azurite (SIGKILL) ends Azurite too', async () => {
  const parent = spawn(process.execPath, ['--import', 'tsx', '-e', `
    const { startAzurite } = require('./bot/src/sandbox/azurite');
    startAzurite({ dataDir: ${JSON.stringify(dataDir)}, port: 0 }).then((a) => { console.log('PORT ' + a.port); setInterval(() => {}, 1000); });
  `], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Azurite did not start')), 60_000);
    parent.stdout.on('data', (chunk: Buffer) => {
      const found = /PORT (\d+)/.exec(chunk.toString());
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
  });
  expect(await answers(port)).toBe(true);
  parent.kill('SIGKILL');
  const until = Date.now() + 20_000;
  while ((await answers(port)) && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
  expect(await answers(port)).toBe(false);
}, 120_000);
