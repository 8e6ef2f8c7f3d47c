/**
 * Generates tab/src/api/openapi.ts, the tab's API types, from the service's OpenAPI document.
 * It starts the real server (local mode, ephemeral port, temporary data directory), fetches
 * /api/openapi.json — built from the same zod route table that serves requests — and runs
 * openapi-typescript on it. Run with `npm run api-types`; with `--stdout` it prints the text
 * instead of writing the file (tests/integration/api-types.test.ts compares that with the committed
 * file; it runs this as a child process, as openapi-typescript's dependencies are ES modules jest
 * cannot load).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { startCasebridge } from '../bot/src/app';
import { loadConfig } from '../bot/src/config';
import { createLogger } from '../bot/src/logger';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const GENERATED_FILE = path.join(REPO_ROOT, 'tab', 'src', 'api', 'openapi.ts');

const HEADER = `/**
 * GENERATED FILE — do not edit by hand.
 * The Casebridge API as the service's OpenAPI document (/api/openapi.json) describes it, made by
 * openapi-typescript from the zod route table (bot/src/http/openapi.ts). Regenerate with
 * \`npm run api-types\` (scripts/api-types.ts); tests/integration/api-types.test.ts checks it is current.
 * Named types for the tab live in ./types.ts.
 */

`;

function isOpenApiDocument(value: unknown): value is OpenAPI3 {
  return typeof value === 'object' && value !== null && 'openapi' in value && 'paths' in value;
}

/** Starts the real server in local mode and fetches its OpenAPI document. */
export async function fetchOpenApiDocument(): Promise<OpenAPI3> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-api-types-'));
  try {
    const config = loadConfig(
      { PORT: '0', HOST: '127.0.0.1', CASEBRIDGE_DATA_DIR: dataDir, CASEBRIDGE_TAB_DIR: path.join(REPO_ROOT, 'tab', 'dist'), LOG_LEVEL: 'silent' },
      REPO_ROOT,
    );
    const app = await startCasebridge(config, createLogger(config.logLevel));
    try {
      const response = await fetch(`${app.url}/api/openapi.json`);
      if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`);
      const document: unknown = await response.json();
      if (!isOpenApiDocument(document)) throw new Error('GET /api/openapi.json did not return an OpenAPI document');
      // The server URL depends on the ephemeral port; it does not reach the types, but keep it stable.
      return { ...document, servers: [] };
    } finally {
      await app.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The text of tab/src/api/openapi.ts for the given document. */
export async function renderApiTypes(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { alphabetize: true, exportType: false });
  return HEADER + astToString(ast);
}

/** Regenerates the file's text in memory from the running service. */
export async function generateApiTypes(): Promise<string> {
  return renderApiTypes(await fetchOpenApiDocument());
}

async function main(): Promise<void> {
  const text = await generateApiTypes();
  if (process.argv.includes('--stdout')) {
    process.stdout.write(text);
    return;
  }
  await writeFile(GENERATED_FILE, text);
  console.log(`Wrote ${path.relative(REPO_ROOT, GENERATED_FILE)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
