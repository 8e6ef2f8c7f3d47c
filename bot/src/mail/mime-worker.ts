/**
 * Runs postal-mime in a worker thread with its own heap limit and a hard deadline: a mail built
 * to be slow or memory-hungry (millions of lines, pathological MIME) ends the worker, not the
 * service. The worker is plain JavaScript so it runs the same under tsx, jest and the bundle.
 */
import { Worker } from 'node:worker_threads';
import type PostalMime from 'postal-mime';
import { MailParseError } from './parse-error';

type Email = PostalMime.Email;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const PostalMime = require(workerData.modulePath);
parentPort.once('message', async (raw) => {
  try {
    const email = await PostalMime.parse(raw, workerData.options);
    parentPort.postMessage({ ok: true, email });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error && error.message ? error.message : error) });
  }
});
`;

export interface WorkerLimits {
  timeoutMs: number;
  maxHeapMb: number;
}

function isEmail(value: unknown): value is Email {
  return typeof value === 'object' && value !== null && Array.isArray(Reflect.get(value, 'headers')) && Array.isArray(Reflect.get(value, 'attachments'));
}

/** Parses in a fresh worker; rejects with the parser's Error, or MailParseError on timeout or exhaustion. */
export function parseInWorker(raw: Buffer, options: PostalMime.PostalMimeOptions, limits: WorkerLimits): Promise<Email> {
  return new Promise<Email>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { modulePath: require.resolve('postal-mime'), options },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
    });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const timer = setTimeout(() => settle(() => reject(new MailParseError('timeout', `parsing took longer than ${limits.timeoutMs} ms`))), limits.timeoutMs);
    worker.once('message', (message: unknown) => {
      const ok = typeof message === 'object' && message !== null && Reflect.get(message, 'ok') === true;
      const email: unknown = ok && typeof message === 'object' && message !== null ? Reflect.get(message, 'email') : undefined;
      const text: unknown = typeof message === 'object' && message !== null ? Reflect.get(message, 'message') : undefined;
      settle(() => (isEmail(email) ? resolve(email) : reject(new Error(typeof text === 'string' ? text : 'parser failed'))));
    });
    worker.once('error', (error: Error & { code?: string }) => {
      const exhausted = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle(() => reject(exhausted ? new MailParseError('tooComplex', 'too complex to parse within the memory limit') : error));
    });
    worker.once('exit', () => settle(() => reject(new Error('parser worker exited'))));
    worker.postMessage(raw);
  });
}
