#!/usr/bin/env node
/**
 * The whole test suite, as the README and CI run it: make sure Chromium is there (Debian's
 * package; the tests never download a browser), type-check everything, build the tab, then run
 * the unit, integration and browser tests with jest and print one plain summary line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CHROMIUM = '/usr/bin/chromium';

function run(command, args, options = {}) {
  process.stdout.write(`\n$ ${[command, ...args].join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Chromium is missing (${CHROMIUM}). Install Debian's package once: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0 || run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) !== 0) {
    console.error('Installing Chromium with apt-get failed.');
    process.exit(1);
  }
}

ensureChromium();
if (run('npx', ['tsc', '-b']) !== 0) {
  console.error('Type check failed.');
  process.exit(1);
}
if (run('npm', ['run', 'build', '-w', 'tab']) !== 0) {
  console.error('Building the tab failed.');
  process.exit(1);
}
const report = path.join(mkdtempSync(path.join(os.tmpdir(), 'casebridge-jest-')), 'report.json');
const status = run('npx', ['jest', '--ci', '--maxWorkers=2', '--json', `--outputFile=${report}`, ...process.argv.slice(2)]);
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8'));
  process.stdout.write(`\ncasebridge: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped\n`);
}
process.exit(status);
