/**
 * Runs postal-mime in worker threads with their own heap limit and a hard deadline: a mail built
 * to be slow or memory-hungry (millions of lines, pathological MIME) ends its worker, not the
 * service. Workers are kept and reused (starting one costs tens of milliseconds, parsing a normal
 * mail about one); one that times out, runs out of memory or dies is replaced. Idle workers do not
 * keep the process alive. The worker is plain JavaScript so it runs the same under tsx, jest and
 * the bundle, and starts without the parent's loaders (`execArgv: []`).
 */
import { Worker } from 'node:worker_threads';
import type PostalMime from 'postal-mime';
import { MailParseError } from './parse-error';

type Email = PostalMime.Email;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const PostalMime = require(workerData.modulePath);
parentPort.on('message', async ({ id, raw }) => {
  try {
    const email = await PostalMime.parse(raw, workerData.options);
    parentPort.postMessage({ id, ok: true, email });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: String(error && error.message ? error.message : error) });
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

interface Job {
  raw: Buffer;
  resolve(email: Email): void;
  reject(error: Error): void;
}

/** At most this many parses run at once (the rest queue); more would only compete for the same cores. */
const POOL_SIZE = 2;

class ParserPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private running = 0;
  private nextId = 1;

  constructor(
    private readonly options: PostalMime.PostalMimeOptions,
    private readonly limits: WorkerLimits,
  ) {}

  parse(raw: Buffer): Promise<Email> {
    return new Promise<Email>((resolve, reject) => {
      this.queue.push({ raw, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && this.running < POOL_SIZE) {
      const job = this.queue.shift();
      if (!job) return;
      this.running++;
      this.run(this.idle.pop() ?? this.spawn(), job);
    }
  }

  private spawn(): Worker {
    return new Worker(WORKER_SOURCE, {
      eval: true,
      execArgv: [],
      workerData: { modulePath: require.resolve('postal-mime'), options: this.options },
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb },
    });
  }

  private run(worker: Worker, job: Job): void {
    const id = this.nextId++;
    worker.ref();
    let settled = false;
    const done = (keep: boolean, action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keep) {
        worker.unref();
        this.idle.push(worker);
      } else {
        void worker.terminate();
      }
      this.running--;
      action();
      this.pump();
    };
    const timer = setTimeout(() => done(false, () => job.reject(new MailParseError('timeout', `parsing took longer than ${this.limits.timeoutMs} ms`))), this.limits.timeoutMs);
    const onMessage = (message: unknown) => {
      if (typeof message !== 'object' || message === null || Reflect.get(message, 'id') !== id) return;
      const email: unknown = Reflect.get(message, 'ok') === true ? Reflect.get(message, 'email') : undefined;
      const text: unknown = Reflect.get(message, 'message');
      done(true, () => (isEmail(email) ? job.resolve(email) : job.reject(new Error(typeof text === 'string' ? text : 'parser failed'))));
    };
    const onError = (error: Error & { code?: string }) => {
      const exhausted = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      done(false, () => job.reject(exhausted ? new MailParseError('tooComplex', 'too complex to parse within the memory limit') : error));
    };
    const onExit = () => done(false, () => job.reject(new Error('parser worker exited')));
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ id, raw: job.raw });
  }
}

const pools = new Map<string, ParserPool>();

/** Parses in a pooled worker; rejects with the parser's Error, or MailParseError on timeout or exhaustion. */
export function parseInWorker(raw: Buffer, options: PostalMime.PostalMimeOptions, limits: WorkerLimits): Promise<Email> {
  const key = JSON.stringify([options, limits]);
  let pool = pools.get(key);
  if (!pool) {
    pool = new ParserPool(options, limits);
    pools.set(key, pool);
  }
  return pool.parse(raw);
}
