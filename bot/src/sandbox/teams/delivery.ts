/**
 * Delivers activities to the app's bot endpoint as Teams does: asynchronously (the Graph call that
 * caused them has already been answered), in order per conversation, retrying a failed delivery a
 * couple of times. Invokes are the exception: Teams waits for their answer, so they are sent at
 * once and their response returned. Logs type, conversation and status only; never bodies.
 */
import type { Logger } from 'pino';

export interface DeliveryRecord {
  at: string;
  type: string;
  conversationId: string;
  status: number | null;
  attempts: number;
  error: string | null;
}

export interface OutgoingActivity {
  type: string;
  conversation: { id: string };
  [key: string]: unknown;
}

export interface DeliveryOptions {
  /** The bot endpoint, e.g. http://127.0.0.1:3978/api/messages (resolved per delivery). */
  endpoint: () => string;
  logger: Logger;
  attempts?: number;
  /** Waits before the 2nd, 3rd, ... attempt. */
  backoffMs?: number[];
  timeoutMs?: number;
  onRecord?: () => void;
}

const LOG_SIZE = 50;

export class ActivityDelivery {
  private readonly queues = new Map<string, Promise<void>>();
  private readonly records: DeliveryRecord[] = [];
  private stopped = false;

  constructor(private readonly options: DeliveryOptions) {}

  /**
   * Queues activities behind the earlier ones of the conversation `key`. They are built when their
   * turn comes, so the order is the order of the calls even when building them awaits lookups.
   */
  enqueue(key: string, build: () => Promise<OutgoingActivity[]>): void {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(async () => {
      let activities: OutgoingActivity[];
      try {
        activities = await build();
      } catch (error) {
        this.options.logger.error({ err: error, conversation: key }, 'sandbox could not build an activity');
        return;
      }
      for (const activity of activities) await this.deliverWithRetry(activity);
    });
    this.queues.set(key, next);
    void next.then(() => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    });
  }

  /** Sends an invoke now and returns the bot's answer (status and parsed JSON body). */
  async invoke(activity: OutgoingActivity): Promise<{ status: number; body: unknown }> {
    const response = await this.post(activity);
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    this.record(activity, response.status, 1, null);
    return { status: response.status, body };
  }

  /** Resolves when every queued delivery has been attempted. */
  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.all([...this.queues.values()]);
  }

  /** The latest deliveries, newest first. */
  log(): DeliveryRecord[] {
    return [...this.records].reverse();
  }

  stop(): void {
    this.stopped = true;
  }

  private async deliverWithRetry(activity: OutgoingActivity): Promise<void> {
    const attempts = this.options.attempts ?? 3;
    const backoff = this.options.backoffMs ?? [250, 1000];
    let lastError: string | null = null;
    let lastStatus: number | null = null;
    for (let attempt = 1; attempt <= attempts && !this.stopped; attempt++) {
      if (attempt > 1) await new Promise((r) => setTimeout(r, backoff[attempt - 2] ?? backoff.at(-1) ?? 1000));
      try {
        const response = await this.post(activity);
        await response.arrayBuffer();
        lastStatus = response.status;
        if (response.ok) {
          this.record(activity, response.status, attempt, null);
          return;
        }
        lastError = `HTTP ${response.status}`;
        // A 4xx other than 429 will not get better by retrying.
        if (response.status < 500 && response.status !== 429) break;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
      }
    }
    this.record(activity, lastStatus, attempts, lastError ?? 'stopped');
  }

  private async post(activity: OutgoingActivity): Promise<Response> {
    return fetch(this.options.endpoint(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
    });
  }

  private record(activity: OutgoingActivity, status: number | null, attempts: number, error: string | null): void {
    const entry: DeliveryRecord = { at: new Date().toISOString(), type: activity.type, conversationId: activity.conversation.id, status, attempts, error };
    this.records.push(entry);
    if (this.records.length > LOG_SIZE) this.records.shift();
    const log = { type: entry.type, conversation: entry.conversationId, status, attempts };
    if (error) this.options.logger.warn({ ...log, error }, 'sandbox could not deliver an activity to the bot');
    else this.options.logger.debug(log, 'sandbox delivered an activity to the bot');
    this.options.onRecord?.();
  }
}
