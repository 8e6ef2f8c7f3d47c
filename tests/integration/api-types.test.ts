/**
 * The tab's generated API types (tab/src/api/openapi.ts) match the OpenAPI document the real
 * server builds from its zod route table: scripts/api-types.ts regenerates them in memory (as a
 * child process: openapi-typescript needs ES modules jest cannot load) and the test compares the
 * text with the committed file.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const GENERATED_FILE = path.join(REPO_ROOT, 'tab', 'src', 'api', 'openapi.ts');

async function regenerate(): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/api-types.ts', '--stdout'], {
    cwd: REPO_ROOT,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 110_000,
  });
  return stdout;
}

test('tab/src/api/openapi.ts is up to date with the service schemas', async () => {
  const [generated, committed] = await Promise.all([regenerate(), readFile(GENERATED_FILE, 'utf8')]);
  if (generated !== committed) {
    const a = generated.split('\n');
    const b = committed.split('\n');
    let line = 0;
    while (line < a.length && a[line] === b[line]) line += 1;
    throw new Error(
      `tab/src/api/openapi.ts is out of date with the service's OpenAPI document: run npm run api-types.\n` +
        `First difference at line ${line + 1}:\n  generated: ${a[line] ?? '<end of file>'}\n  committed: ${b[line] ?? '<end of file>'}`,
    );
  }
}, 120_000);
