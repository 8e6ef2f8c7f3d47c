/**
 * `npm run playground`: the Microsoft 365 Agents Playground (Microsoft's Teams emulator) against the
 * bot of a Casebridge already running locally (`npm start`), signed in as a demo user of Contoso.
 * Usage: npm run playground [-- --as sofie] [--bot http://localhost:$PORT] [--port 56150]
 * The bot defaults to the PORT Casebridge itself uses (3978 when unset). On another --port, start
 * Casebridge with CASEBRIDGE_ALLOWED_SERVICE_URLS=http://localhost:<port>/_connector: local mode
 * replies only to connectors it knows.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PLAYGROUND_ENV, PLAYGROUND_USERS, playgroundArgs, playgroundConfig } from './playground-config';

/** The Playground's own default port: its connector there is one Casebridge accepts without settings. */
const DEFAULT_PORT = 56150;

const { values } = parseArgs({ options: { as: { type: 'string', default: 'mads' }, bot: { type: 'string', default: `http://localhost:${process.env.PORT || '3978'}` }, port: { type: 'string', default: String(DEFAULT_PORT) } } });
const Options = z.object({ as: z.enum(PLAYGROUND_USERS), bot: z.url(), port: z.coerce.number().int().min(0).max(65535) });
const options = Options.safeParse(values);
if (!options.success) {
  process.stderr.write(`playground: ${options.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}\n`);
  process.exit(2);
}

async function main(settings: z.infer<typeof Options>): Promise<void> {
  if (settings.port !== DEFAULT_PORT) {
    process.stderr.write(`playground: on port ${settings.port}, Casebridge must be started with CASEBRIDGE_ALLOWED_SERVICE_URLS=http://localhost:${settings.port}/_connector\n`);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-playground-'));
  await writeFile(path.join(dir, '.m365agentsplayground.yml'), playgroundConfig(settings.as));
  const cli = path.resolve(__dirname, '..', 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  const child = spawn(process.execPath, playgroundArgs(cli, `${settings.bot.replace(/\/+$/, '')}/api/messages`, settings.port), {
    cwd: dir,
    env: { ...process.env, ...PLAYGROUND_ENV },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    process.stdout.write(text);
    const port = /Listening on (\d+)/.exec(text)?.[1];
    if (port) process.stdout.write(`\n  Agents Playground: open http://localhost:${port} (signed in as ${settings.as}, Contoso)\n\n`);
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

main(options.data).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
