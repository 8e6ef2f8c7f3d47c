/**
 * This instance as a client of a Web PubSub hub (Azure's, or a local first instance's embedded
 * hub), over the `json.webpubsub.azure.v1` subprotocol.
 *
 * - A message this instance publishes reaches its own subscribers at once, locally, and goes to the
 *   hub with `noEcho`, so each local subscriber gets it exactly once, also while the hub is away.
 * - Groups are joined on the first subscriber and left after the last; after a reconnect every
 *   group still subscribed is joined again.
 * - The connection is never awaited by the server's start: it connects in the background, retries
 *   with a growing, jittered delay (a fresh token each time), and logs once per outage.
 * - While disconnected, outgoing messages wait in a bounded buffer (the oldest are dropped beyond
 *   it: every entry is stored and numbered, so a reader repairs the gap from the store).
 */
import type { Logger } from 'pino';
import type { Hub } from './hub';
import { LocalSubscribers } from './local-subscribers';
import { PUBSUB_SUBPROTOCOL, PubSubServerMessage, type PubSubClientMessage } from './pubsub-protocol';
import { WebSocket } from './ws';

export interface HubClientOptions {
  /** A fresh client URL with its access token (called for every connection attempt). */
  url: () => Promise<string>;
  logger: Logger;
  /** Outgoing messages kept while disconnected. */
  maxBuffered?: number;
  /** First and largest delay between connection attempts. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** How often the connection is pinged; one that did not answer is dropped and reconnected. */
  pingIntervalMs?: number;
  /** How long `joined()` waits for the hub's ack at most. */
  joinWaitMs?: number;
}

interface PendingAck {
  kind: 'joinGroup' | 'leaveGroup' | 'sendToGroup';
  group: string;
  /** A join sent as the connection came up: once acked, the group's readers resync. */
  rejoin?: boolean;
}

export class HubClient implements Hub {
  private readonly subscribers: LocalSubscribers;
  private socket: WebSocket | null = null;
  private open = false;
  private closed = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private pinger: NodeJS.Timeout | null = null;
  private alive = true;
  private nextAckId = 1;
  private readonly pending = new Map<number, PendingAck>();
  /** Groups whose join the hub has acknowledged on the current connection. */
  private readonly confirmed = new Set<string>();
  private readonly waiters = new Map<string, Array<() => void>>();
  /** The ack id of each group's latest join: an older join's ack is stale. */
  private readonly latestJoin = new Map<string, number>();
  private readonly buffer: string[] = [];
  private dropped = 0;
  /** When the current outage began (null while connected or before the first attempt failed). */
  private downSince: number | null = null;
  private connectedOnce = false;

  constructor(private readonly options: HubClientOptions) {
    this.subscribers = new LocalSubscribers(options.logger);
  }

  /** Starts connecting in the background. */
  start(): void {
    void this.connect();
  }

  /** Whether the hub connection is up (tests, health). */
  get connected(): boolean {
    return this.open;
  }

  get subscriberCount(): number {
    return this.subscribers.count;
  }

  onResync(group: string, handler: () => void): () => void {
    return this.subscribers.onResync(group, handler);
  }

  async publish(group: string, data: unknown): Promise<void> {
    this.subscribers.deliver(group, data);
    const frame = JSON.stringify({ type: 'sendToGroup', group, ackId: this.ackId('sendToGroup', group), noEcho: true, dataType: 'json', data } satisfies PubSubClientMessage);
    if (this.open && this.socket) {
      this.socket.send(frame);
      return;
    }
    this.buffer.push(frame);
    const max = this.options.maxBuffered ?? 1000;
    while (this.buffer.length > max) {
      this.buffer.shift();
      this.dropped++;
    }
  }

  subscribe(group: string, handler: (data: unknown) => void): () => void {
    if (this.subscribers.add(group, handler)) this.sendJoin(group);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      if (!this.subscribers.remove(group, handler)) return;
      this.confirmed.delete(group);
      this.latestJoin.delete(group);
      if (this.open && this.socket) this.socket.send(JSON.stringify({ type: 'leaveGroup', group, ackId: this.ackId('leaveGroup', group) } satisfies PubSubClientMessage));
    };
  }

  joined(group: string): Promise<void> {
    // Disconnected: nothing to wait for; the rejoin follows the reconnect and readers repair gaps from the store.
    if (!this.open || this.confirmed.has(group) || !this.subscribers.has(group)) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const waiters = this.waiters;
      const timer = setTimeout(() => {
        // Gave up waiting: forget this waiter, so a group whose ack never comes keeps no list.
        const list = waiters.get(group)?.filter((one) => one !== done) ?? [];
        if (list.length > 0) waiters.set(group, list);
        else waiters.delete(group);
        done();
      }, this.options.joinWaitMs ?? 3000);
      const list = waiters.get(group) ?? [];
      list.push(done);
      waiters.set(group, list);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.stopPinger();
    const socket = this.socket;
    this.socket = null;
    this.open = false;
    for (const group of this.waiters.keys()) this.release(group);
    if (socket && socket.readyState !== WebSocket.CLOSED) {
      await new Promise<void>((resolve) => {
        socket.once('close', () => resolve());
        socket.close(1000, 'closing');
        setTimeout(() => {
          socket.terminate();
          resolve();
        }, 2000).unref();
      });
    }
  }

  private ackId(kind: PendingAck['kind'], group: string, rejoin = false): number {
    const id = this.nextAckId++;
    if (this.pending.size < 10_000) this.pending.set(id, { kind, group, ...(rejoin ? { rejoin } : {}) });
    return id;
  }

  private sendJoin(group: string, rejoin = false): void {
    if (!this.open || !this.socket) return;
    const ackId = this.ackId('joinGroup', group, rejoin);
    this.latestJoin.set(group, ackId);
    this.socket.send(JSON.stringify({ type: 'joinGroup', group, ackId } satisfies PubSubClientMessage));
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    let url: string;
    try {
      url = await this.options.url();
    } catch (error) {
      this.failed(error);
      return;
    }
    if (this.closed) return;
    let socket: WebSocket;
    try {
      socket = new WebSocket(url, PUBSUB_SUBPROTOCOL, { handshakeTimeout: 10_000, maxPayload: 4 * 1024 * 1024 });
    } catch {
      // The message would name the URL, and the URL carries the access token.
      this.failed(new Error('invalid hub URL'));
      return;
    }
    this.socket = socket;
    socket.on('message', (raw, isBinary) => {
      if (isBinary || this.socket !== socket) return;
      this.received(raw.toString());
    });
    socket.on('pong', () => (this.alive = true));
    socket.on('error', (error) => {
      // 'close' follows; the error only says why.
      if (!this.open) this.failed(error, false);
    });
    socket.on('unexpected-response', (_req, res) => {
      this.failed(new Error(`hub answered ${res.statusCode ?? 'nothing'}`), false);
      socket.terminate();
    });
    socket.on('close', () => {
      if (this.socket !== socket) return;
      const wasOpen = this.open;
      this.open = false;
      this.socket = null;
      this.confirmed.clear();
      this.pending.clear();
      this.latestJoin.clear();
      this.stopPinger();
      if (wasOpen) this.failed(new Error('connection to the hub closed'));
      else this.scheduleRetry();
    });
  }

  private received(text: string): void {
    let message: PubSubServerMessage;
    try {
      message = PubSubServerMessage.parse(JSON.parse(text));
    } catch {
      this.options.logger.warn('realtime hub sent a message that is not the json.webpubsub.azure.v1 protocol');
      return;
    }
    switch (message.type) {
      case 'system':
        if (message.event === 'connected') this.connected_();
        else this.options.logger.warn({ reason: message.message }, 'realtime hub is disconnecting this instance');
        return;
      case 'ack': {
        const pending = this.pending.get(message.ackId);
        this.pending.delete(message.ackId);
        if (!pending) return;
        if (message.success || message.error?.name === 'Duplicate') {
          // Only the group's latest join counts (an ack of an older one, e.g. before a leave and join again, is stale).
          if (pending.kind === 'joinGroup' && this.subscribers.has(pending.group) && this.latestJoin.get(pending.group) === message.ackId) {
            this.confirmed.add(pending.group);
            this.release(pending.group);
            // Joined on a (re)connection: whatever was published while this instance was not in the group is only in the store.
            if (pending.rejoin) this.subscribers.resync(pending.group);
          }
          return;
        }
        this.options.logger.error({ kind: pending.kind, group: pending.group, error: message.error?.name }, 'realtime hub refused a request');
        if (pending.kind === 'joinGroup' && this.latestJoin.get(pending.group) === message.ackId) this.release(pending.group);
        return;
      }
      case 'message':
        if (message.from === 'group' && message.group !== undefined && message.dataType === 'json') this.subscribers.deliver(message.group, message.data);
        return;
    }
  }

  private connected_(): void {
    const socket = this.socket;
    if (!socket) return;
    this.open = true;
    this.attempt = 0;
    if (this.downSince !== null) {
      this.options.logger.info({ downMs: Date.now() - this.downSince, dropped: this.dropped }, 'realtime hub reachable again');
    } else if (!this.connectedOnce) {
      this.options.logger.info('connected to the realtime hub');
    }
    this.connectedOnce = true;
    this.downSince = null;
    this.dropped = 0;
    for (const group of this.subscribers.names()) this.sendJoin(group, true);
    for (const frame of this.buffer.splice(0)) socket.send(frame);
    this.alive = true;
    this.stopPinger();
    this.pinger = setInterval(() => {
      if (!this.alive) {
        socket.terminate();
        return;
      }
      this.alive = false;
      socket.ping();
    }, this.options.pingIntervalMs ?? 20_000);
    this.pinger.unref();
  }

  /** Logs the first failure of an outage (never the URL: it carries the token) and retries. */
  private failed(error: unknown, retry = true): void {
    if (this.closed) return;
    if (this.downSince === null) {
      this.downSince = Date.now();
      this.options.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'realtime hub unreachable; retrying in the background');
    }
    if (retry) this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    if (this.downSince === null) this.downSince = Date.now();
    const min = this.options.minDelayMs ?? 250;
    const max = this.options.maxDelayMs ?? 10_000;
    const delay = Math.min(max, min * 2 ** Math.min(this.attempt, 16)) * (0.75 + Math.random() * 0.5);
    this.attempt++;
    // Groups waiting for a join stop waiting: the rejoin follows the reconnect.
    for (const group of [...this.waiters.keys()]) this.release(group);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
    this.retryTimer.unref();
  }

  private release(group: string): void {
    const list = this.waiters.get(group);
    this.waiters.delete(group);
    for (const done of list ?? []) done();
  }

  private stopPinger(): void {
    if (this.pinger) clearInterval(this.pinger);
    this.pinger = null;
  }
}
