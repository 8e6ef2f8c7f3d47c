#!/usr/bin/env node
/**
 * The whole test suite, as the README and CI run it: make sure Chromium is there (Debian's
 * package; the tests never download a browser), type-check everything, build the tab and the
 * customer chat widget, run the unit and browser tests with jest on this machine's Node (the
 * browser tests run the whole server in-process on it), and the integration tests on Node 24, the
 * Node that production runs (App Service `NODE|24-lts`). It prints one line per Node and, last,
 * one plain total line: `casebridge: N passed, N failed, N skipped`.
 *
 * Arguments go to jest as they are (`node scripts/test-all.mjs --selectProjects unit`,
 * `node scripts/test-all.mjs tests/integration/bot.test.ts`). The Node 24 run keeps them but only
 * ever runs the integration project, and is left out when the arguments leave that out; a
 * selection that names the integration project explicitly runs it on this machine's Node too.
 *
 * Node 24 is the `node-<platform>-<arch>` package from the npm registry (the official binary,
 * no install script), installed once into .cache/node24 (git-ignored). CASEBRIDGE_NODE24 names
 * another Node 24 binary instead. When this machine itself runs Node 24, one run covers both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const PRODUCTION_NODE_MAJOR = 24;
const NODE24_DIR = path.join(ROOT, '.cache', `node${PRODUCTION_NODE_MAJOR}`);
const JEST = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');

function run(command, args, options = {}) {
  process.stdout.write(`\n$ ${[command, ...args].join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  return result.status ?? 1;
}

function banner(text) {
  process.stdout.write(`\n======== ${text} ========\n`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) fail(`Chromium is missing (${CHROMIUM}). Install Debian's package once: sudo apt-get install -y chromium`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0 || run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) !== 0) {
    fail('Installing Chromium with apt-get failed.');
  }
}

/** The version a Node binary reports (`v24.1.0`), or null when it does not run. */
function versionOf(binary) {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

const majorOf = (version) => Number(/^v(\d+)\./.exec(version ?? '')?.[1]);

/**
 * A Node 24 binary: CASEBRIDGE_NODE24, else the cached registry package, installed on first use
 * (`npm install --prefix`: npm checks the package's integrity; the package has no install script).
 */
function node24() {
  const named = process.env.CASEBRIDGE_NODE24;
  if (named) {
    const version = versionOf(named);
    if (majorOf(version) !== PRODUCTION_NODE_MAJOR) fail(`CASEBRIDGE_NODE24=${named} is not a Node ${PRODUCTION_NODE_MAJOR} binary (${version ?? 'it does not run'}).`);
    return { binary: named, version, from: 'CASEBRIDGE_NODE24' };
  }
  const pkg = `node-${process.platform}-${process.arch}`;
  const binary = path.join(NODE24_DIR, 'node_modules', pkg, 'bin', 'node');
  if (majorOf(versionOf(binary)) !== PRODUCTION_NODE_MAJOR) {
    const install = ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', NODE24_DIR, `${pkg}@${PRODUCTION_NODE_MAJOR}`];
    if (run('npm', install) !== 0 || majorOf(versionOf(binary)) !== PRODUCTION_NODE_MAJOR) {
      fail(`Could not install Node ${PRODUCTION_NODE_MAJOR} (${pkg}@${PRODUCTION_NODE_MAJOR} from the npm registry) into ${path.relative(ROOT, NODE24_DIR)}.\n` +
        `Production runs Node ${PRODUCTION_NODE_MAJOR}, so the suite does not pass without it. Set CASEBRIDGE_NODE24 to a Node ${PRODUCTION_NODE_MAJOR} binary to use another.`);
    }
  }
  return { binary, version: versionOf(binary), from: path.relative(ROOT, binary) };
}

/**
 * Splits jest arguments into the project selection (--selectProjects / --ignoreProjects, whose
 * values run up to the next flag, as jest reads them) and the rest.
 */
function splitProjectArgs(args) {
  const rest = [];
  const selected = [];
  const ignored = [];
  let hasSelection = false;
  for (let i = 0; i < args.length; i++) {
    const match = /^--(selectProjects|ignoreProjects)(?:=(.*))?$/.exec(args[i]);
    if (!match) {
      rest.push(args[i]);
      continue;
    }
    const into = match[1] === 'selectProjects' ? selected : ignored;
    if (match[1] === 'selectProjects') hasSelection = true;
    if (match[2] !== undefined) into.push(match[2]);
    while (i + 1 < args.length && !args[i + 1].startsWith('-')) into.push(args[++i]);
  }
  return { rest, selected: hasSelection ? selected : null, ignored };
}

/** Runs jest on the given Node with a JSON report; returns its exit status and counts. */
function jest(label, node, args, env = process.env) {
  const report = path.join(mkdtempSync(path.join(os.tmpdir(), 'casebridge-jest-')), 'report.json');
  const status = run(node, [JEST, '--ci', '--maxWorkers=2', '--json', `--outputFile=${report}`, ...args], { env });
  if (!existsSync(report)) return { label, status: status || 1, passed: 0, failed: 0, skipped: 0, brokenFiles: 0, noReport: true };
  const result = JSON.parse(readFileSync(report, 'utf8'));
  // A file that fails before its tests run (an import that throws) counts no failed test; count it
  // as one, so the summary cannot read "0 failed" while whole files did not run.
  const brokenFiles = result.numRuntimeErrorTestSuites ?? 0;
  return { label, status, passed: result.numPassedTests, failed: result.numFailedTests + brokenFiles, skipped: result.numPendingTests + result.numTodoTests, brokenFiles };
}

const counts = (r) => `${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`;

const userArgs = process.argv.slice(2);
const { rest, selected, ignored } = splitProjectArgs(userArgs);
const integrationSelected = (selected === null || selected.includes('integration')) && !ignored.includes('integration');
const thisMajor = majorOf(process.version);
const secondRun = integrationSelected && thisMajor !== PRODUCTION_NODE_MAJOR;

ensureChromium();
const production = secondRun ? node24() : null; // before the long runs: a missing Node 24 fails at once
if (run('npx', ['tsc', '-b']) !== 0) fail('Type check failed.');
if (run('npm', ['run', 'build', '-w', 'tab']) !== 0) fail('Building the tab failed.');
if (run('npm', ['run', 'build:widget']) !== 0) fail('Building the chat widget failed.');

const projects = selected === null ? 'all projects' : selected.join(', ');
// Without a selection the integration tests run once, on production's Node: both Nodes in every
// test would take the suite past its time budget, and the browser tests run the server on this one.
const firstArgs = production && selected === null ? ['--passWithNoTests', ...userArgs, '--selectProjects', 'unit', 'e2e'] : userArgs;
const firstProjects = production && selected === null ? 'unit, e2e' : projects;
banner(`Node ${process.version} (this machine): ${firstProjects}`);
const runs = [jest(`Node ${process.version} (${firstProjects})`, process.execPath, firstArgs)];

if (production) {
  banner(`Node ${production.version} (production's Node, ${production.from}): integration`);
  // Its own bin folder first on PATH, so a test that starts `node` by name gets Node 24 too.
  const env = { ...process.env, PATH: `${path.dirname(production.binary)}${path.delimiter}${process.env.PATH ?? ''}` };
  // --selectProjects last: it takes every value up to the next flag, test paths included.
  runs.push(jest(`Node ${production.version} (integration)`, production.binary, ['--passWithNoTests', ...rest, '--selectProjects', 'integration'], env));
} else if (!integrationSelected) {
  process.stdout.write(`\nNode ${PRODUCTION_NODE_MAJOR}: the integration project is not selected, so no second run.\n`);
} else {
  process.stdout.write(`\nThis machine runs Node ${process.version}, production's major: the run above covers Node ${PRODUCTION_NODE_MAJOR}.\n`);
}

process.stdout.write('\n');
for (const r of runs) {
  const notes = [r.brokenFiles > 0 ? `${r.brokenFiles} of the failures are test files that failed to load` : '', r.noReport ? 'jest wrote no report' : ''].filter(Boolean);
  process.stdout.write(`${r.label}: ${counts(r)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}\n`);
}
const total = runs.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
process.stdout.write(`casebridge: ${counts(total)}\n`);
process.exit(runs.every((r) => r.status === 0 && !r.noReport) ? 0 : 1);
