/**
 * The agent's live connection (`GET /api/realtime?ticket=…`, frames of
 * bot/src/realtime/agent-protocol.ts): one WebSocket for the sessions page that reconnects with a
 * back-off and a fresh ticket. Its events are normalized to {@link FeedEvent}; while it is down,
 * the views poll (see use-live-session.ts), so nothing depends on it being up.
 */
import type { ApiClient } from '../../api/client';
import { realtimeTicket, type SessionEntry } from '../../api/sessions-endpoints';

export type FeedEvent =
  | { type: 'entry'; sessionId: string; entry: SessionEntry }
  | { type: 'typing'; sessionId: string; who: 'customer' | 'agent'; name: string | null }
  /** The session's state changed (agent, listeners, transfer, status): reload it. */
  | { type: 'state'; sessionId: string }
  /** My list of sessions changed. */
  | { type: 'mine' }
  /** The service ended the watch of a session (not allowed any more, too many): poll it instead. */
  | { type: 'unwatched'; sessionId: string }
  /** The service watches the session for me now: what happens in it from here on comes live. */
  | { type: 'watching'; sessionId: string };

function isObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntry(value: unknown): value is SessionEntry {
  return isObject(value) && typeof value.seq === 'number' && typeof value.kind === 'string' && typeof value.at === 'string';
}

/** One server frame as a FeedEvent, or null for a frame this view has no use for (pong, ready). */
export function parseFrame(data: string): FeedEvent | null {
  let frame: unknown;
  try {
    frame = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isObject(frame)) return null;
  const sessionId = typeof frame.sessionId === 'string' ? frame.sessionId : null;
  switch (frame.t) {
    case 'entry':
      return sessionId !== null && isEntry(frame.entry) ? { type: 'entry', sessionId, entry: frame.entry } : null;
    case 'typing':
      return sessionId !== null ? { type: 'typing', sessionId, who: frame.who === 'agent' ? 'agent' : 'customer', name: typeof frame.name === 'string' ? frame.name : null } : null;
    case 'state':
      return sessionId !== null ? { type: 'state', sessionId } : null;
    case 'sessions':
      return { type: 'mine' };
    case 'watching':
      return sessionId !== null ? { type: 'watching', sessionId } : null;
    case 'error':
      // A watch the service ended (no longer allowed, gone, too many): that session is polled instead.
      return sessionId !== null && ['forbidden', 'notFound', 'tooManyWatched', 'internal'].includes(String(frame.code)) ? { type: 'unwatched', sessionId } : null;
    default:
      return null;
  }
}

type Listener = (event: FeedEvent) => void;

const PING_MS = 25_000;
/** Nothing heard for this long (though pings went out and are answered): the connection is dead. */
const SILENT_MS = 60_000;
const WATCHDOG_MS = 5_000;
const MAX_BACKOFF_MS = 30_000;

/** A reconnecting agent socket. `start()` once, `stop()` on unmount. */
export class AgentSocket {
  private socket: WebSocket | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly statusListeners = new Set<(up: boolean) => void>();
  private stopped = false;
  private failures = 0;
  private retryTimer: number | undefined;
  private pingTimer: number | undefined;
  private watchdogTimer: number | undefined;
  /** When the current socket last received a frame. */
  private lastFrameAt = 0;
  /**
   * Bumped by every connect and stop: a connection whose ticket arrives after a newer connect or a
   * stop (React StrictMode mounts, stops and starts again at once) is dropped, never a second socket.
   */
  private generation = 0;
  /** Watched sessions, each with how to read the last seq I hold (a re-watch after a reconnect sends only what is new). */
  private readonly watched = new Map<string, () => number>();
  up = false;
  /** Set once a connection failed or dropped (the views tell the user they poll now). */
  down = false;

  constructor(
    private readonly api: ApiClient,
    private readonly locale: string,
  ) {}

  start(): void {
    this.stopped = false;
    window.clearTimeout(this.retryTimer);
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.generation += 1;
    window.clearTimeout(this.retryTimer);
    this.stopTimers();
    this.socket?.close(1000);
    this.socket = null;
    this.setUp(false);
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onStatus(listener: (up: boolean) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Asks for a session's entries after `since()`, then live, and its typing (the service checks I may see it). */
  watch(sessionId: string, since: () => number): () => void {
    this.watched.set(sessionId, since);
    this.send({ t: 'watch', sessionId, since: since() });
    return () => {
      if (this.watched.get(sessionId) !== since) return;
      this.watched.delete(sessionId);
      this.send({ t: 'unwatch', sessionId });
    };
  }

  typing(sessionId: string): void {
    this.send({ t: 'typing', sessionId });
  }

  private send(frame: object): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  private setUp(up: boolean): void {
    const down = !up && !this.stopped;
    if (this.up === up && this.down === down) return;
    this.up = up;
    this.down = down;
    for (const listener of this.statusListeners) listener(up);
  }

  private stopTimers(): void {
    window.clearInterval(this.pingTimer);
    window.clearInterval(this.watchdogTimer);
  }

  private async connect(): Promise<void> {
    this.generation += 1;
    const generation = this.generation;
    const current = () => !this.stopped && this.generation === generation;
    let ticket: string;
    try {
      ticket = await realtimeTicket(this.api);
    } catch {
      if (current()) this.retry();
      return;
    }
    if (!current()) return;
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${window.location.host}/api/realtime?ticket=${encodeURIComponent(ticket)}&lang=${encodeURIComponent(this.locale)}`);
    this.socket?.close(1000);
    this.socket = socket;
    const mine = () => current() && this.socket === socket;
    socket.addEventListener('open', () => {
      if (!mine()) return;
      this.failures = 0;
      this.lastFrameAt = Date.now();
      this.setUp(true);
      for (const [sessionId, since] of this.watched) this.send({ t: 'watch', sessionId, since: since() });
      this.stopTimers();
      this.pingTimer = window.setInterval(() => this.send({ t: 'ping' }), PING_MS);
      this.watchdogTimer = window.setInterval(() => {
        // Pings go out every 25 s and are answered: a minute of silence is a dead connection.
        if (mine() && Date.now() - this.lastFrameAt > SILENT_MS) this.dropped(socket);
      }, WATCHDOG_MS);
    });
    socket.addEventListener('message', (message: MessageEvent) => {
      if (!mine()) return;
      this.lastFrameAt = Date.now();
      if (typeof message.data !== 'string') return;
      const event = parseFrame(message.data);
      if (event !== null) for (const listener of this.listeners) listener(event);
    });
    socket.addEventListener('close', () => {
      if (mine()) this.dropped(socket);
    });
  }

  /** The socket closed or went silent: forget it and connect again. */
  private dropped(socket: WebSocket): void {
    if (this.socket !== socket) return;
    this.socket = null;
    this.stopTimers();
    socket.close(4000, 'silent');
    this.setUp(false);
    this.retry();
  }

  private retry(): void {
    if (this.stopped) return;
    this.setUp(false);
    this.failures += 1;
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.failures, 5));
    window.clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => void this.connect(), delay);
  }
}
