/**
 * Local mode's blob storage: the official Azure Storage emulator (`azurite`), its Blob service
 * only, in a child process on loopback, used through the same `@azure/storage-blob` code as
 * production. Not in-process: restify patches Node's http request/response prototypes, and
 * Azurite's express app then answers every request 400. Data lives under `<dataDir>/azurite`
 * and survives restarts; access log, debug log and telemetry are off.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/** The emulator's well-known development account (documented by Microsoft; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface AzuriteOptions {
  /** Casebridge's data directory; the emulator keeps its files in `<dataDir>/azurite`. */
  dataDir: string;
  /** Loopback port; 0 picks a free one. */
  port: number;
}

export interface LocalAzurite {
  /** For `BlobServiceClient.fromConnectionString` (the dev account and its documented key). */
  connectionString: string;
  /** `http://127.0.0.1:<port>/devstoreaccount1` */
  blobUrl: string;
  port: number;
  /** Stops the emulator (it saves its metadata on the way out) and waits for the process to end. */
  stop(): Promise<void>;
}

/** Thrown when the emulator does not come up. */
export class AzuriteStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AzuriteStartError';
  }
}

function waitForPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(`Azurite did not start within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
      const port = /successfully listens on https?:\/\/[^:\s]+:(\d+)/.exec(output)?.[1];
      if (port) done(() => resolve(Number(port)));
    };
    const onExit = (code: number | null) => fail(`Azurite exited (${String(code)}) before listening: ${output.trim()}`);
    const done = (then: () => void) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      then();
    };
    const fail = (message: string) => done(() => reject(new AzuriteStartError(message)));
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    // Azurite's own graceful path: close the server, which saves its metadata database.
    if (child.connected) child.send('shutdown');
    else child.kill('SIGTERM');
    // The IPC channel would keep it alive after closing; it exits once the server has closed.
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('successfully closed') && child.connected) child.disconnect();
    });
  });
}

/**
 * Runs Azurite's entry point (argv[1]) and ends it gracefully when its IPC channel closes without
 * a shutdown first — that is, when the Casebridge process that started it is gone (even killed
 * with SIGKILL, where no exit handler of ours runs).
 */
const PARENT_WATCH = `
let closing = false;
process.on('message', (m) => { if (m === 'shutdown') closing = true; });
process.on('disconnect', () => { if (!closing) process.kill(process.pid, 'SIGTERM'); });
require(process.argv[1]);
`;

/** Our environment minus a developer's own AZURITE_ACCOUNTS, so the well-known account always works. */
function emulatorEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.AZURITE_ACCOUNTS;
  return env;
}

/** Starts the Blob service on 127.0.0.1. */
export async function startAzurite(options: AzuriteOptions): Promise<LocalAzurite> {
  const dir = path.resolve(options.dataDir, 'azurite');
  await mkdir(dir, { recursive: true });
  const child = fork(
    require.resolve('azurite/dist/src/blob/main.js'),
    ['--blobHost', '127.0.0.1', '--blobPort', String(options.port), '--location', dir, '--silent', '--loose', '--skipApiVersionCheck', '--disableTelemetry'],
    { cwd: dir, execArgv: ['-e', PARENT_WATCH], stdio: ['ignore', 'pipe', 'pipe', 'ipc'], env: emulatorEnv() },
  );
  // If Casebridge dies without stopping it (a crash, process.exit), the emulator goes too.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void new Promise<void>((resolve) => child.once('exit', () => resolve())).then(() => process.off('exit', killOnExit));
  let port: number;
  try {
    port = await waitForPort(child);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  // Keep draining its output so the pipe never fills; nothing of it is logged.
  child.stdout?.resume();
  child.stderr?.resume();
  const blobUrl = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`;
  let stopped: Promise<void> | undefined;
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_ACCOUNT_KEY};BlobEndpoint=${blobUrl};`,
    blobUrl,
    port,
    stop: () => (stopped ??= stopChild(child)),
  };
}
