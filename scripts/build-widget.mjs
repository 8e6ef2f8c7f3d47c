#!/usr/bin/env node
/**
 * Builds the customer chat widget (widget/src, issue 13) into widget/dist/widget.js: one IIFE,
 * minified, for browsers of the last few years (the service serves it at /chat/widget.js), with a
 * linked source map. Prints the minified and the gzip size. `--check` also fails when the gzip
 * size passes the budget.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'widget', 'dist', 'widget.js');
/** The widget stays small: a customer's page loads it on every visit. */
const GZIP_BUDGET_BYTES = 16 * 1024;

await build({
  entryPoints: [path.join(ROOT, 'widget', 'src', 'main.ts')],
  outfile: OUT,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome94', 'firefox93', 'safari15'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  tsconfig: path.join(ROOT, 'widget', 'tsconfig.json'),
  logLevel: 'warning',
});

const code = readFileSync(OUT);
const gzip = gzipSync(code, { level: 9 }).length;
console.log(`widget/dist/widget.js: ${(code.length / 1024).toFixed(1)} KiB minified, ${(gzip / 1024).toFixed(1)} KiB gzip`);
if (process.argv.includes('--check') && gzip > GZIP_BUDGET_BYTES) {
  console.error(`The widget is over its budget of ${GZIP_BUDGET_BYTES / 1024} KiB gzip.`);
  process.exit(1);
}
