/**
 * The WebSocket to `/chat/ws`, kept up: after a drop it reconnects with exponential backoff and
 * jitter (at once when the browser comes back online or the tab becomes visible). A ping every
 * 25 s notices a dead connection that never said so: without an answer in 10 s the socket is given
 * up at once (the browser's own close of a dead socket waits for its closing handshake, over a
 * minute) and a new one is opened. When the tab becomes visible or the browser comes back online
 * with a socket open, a ping with a short wait checks it (a laptop's lid, a phone's radio). After
 * twenty attempts in a row that never opened it rests (`gaveUp`) until asked again: `retry()`, the
 * visitor opening the panel, or the browser coming back. Frames are parsed here; what they mean
 * is the controller's business.
 */
import type { ClientFrame, ServerFrame } from '../../bot/src/realtime/chat-protocol';

const PING_MS = 25_000;
const PONG_WAIT_MS = 10_000;
/** The wait for a pong when the tab comes back into view or the browser back online. */
const CHECK_WAIT_MS = 4_000;
const MAX_DELAY_MS = 15_000;
/** Attempts in a row that never opened before the widget stops trying (a wrong tag, a refused origin, no network) until asked again. */
const MAX_FAILED_ATTEMPTS = 20;
/** The close code reported for a connection given up as dead (as the browser reports an abnormal close). */
const DEAD = 1006;

export interface ConnectionEvents {
  /** The socket is open: say hello. */
  opened(): void;
  frame(frame: ServerFrame): void;
  /** The socket went away with this close code (and will come back unless stopped). */
  dropped(code: number): void;
  /** Twenty attempts in a row failed: no more until retry() (or the panel opens, or the browser is back online). */
  gaveUp(): void;
}

function isServerFrame(value: unknown): value is ServerFrame {
  return typeof value === 'object' && value !== null && typeof (value as { t?: unknown }).t === 'string';
}

export class Connection {
  private socket: WebSocket | null = null;
  private attempts = 0;
  private retryTimer: number | undefined;
  private pingTimer: number | undefined;
  private pongTimer: number | undefined;
  private running = false;
  /** Attempts since the last socket that opened. */
  private failures = 0;

  constructor(
    private readonly url: string,
    private readonly events: ConnectionEvents,
  ) {
    window.addEventListener('online', () => this.check());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.check();
    });
  }

  get connected(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Connects (and keeps reconnecting) until stop(). */
  start(): void {
    this.running = true;
    if (!this.socket) {
      this.failures = 0;
      this.open();
    }
  }

  /** After gaveUp: tries again at once, with a fresh count of attempts. */
  retry(): void {
    this.attempts = 0;
    this.start();
  }

  /** Closes for good (no reconnect). */
  stop(): void {
    this.running = false;
    window.clearTimeout(this.retryTimer);
    this.drop();
  }

  /** Closes and opens a fresh connection at once (a new hello). */
  restart(): void {
    this.drop();
    this.running = true;
    this.attempts = 0;
    this.open();
  }

  /** The connection counts as healthy: the next drop retries quickly again. */
  healthy(): void {
    this.attempts = 0;
  }

  /** Sends a frame if the socket is open; false when it is not (the caller keeps it for later). */
  send(frame: ClientFrame): boolean {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  /** Back online or in view: an open socket is checked with a quick ping; without one, connect now. */
  private check(): void {
    if (!this.running) return;
    if (this.connected) {
      this.probe(CHECK_WAIT_MS);
      return;
    }
    if (this.socket) return;
    window.clearTimeout(this.retryTimer);
    this.failures = 0;
    this.open();
  }

  private open(): void {
    window.clearTimeout(this.retryTimer);
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url);
    } catch {
      this.schedule();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      this.failures = 0;
      this.ping();
      this.events.opened();
    });
    socket.addEventListener('message', (event: MessageEvent) => {
      if (this.socket !== socket || typeof event.data !== 'string') return;
      this.alive();
      let frame: unknown;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      if (isServerFrame(frame)) this.events.frame(frame);
    });
    socket.addEventListener('close', (event: CloseEvent) => {
      if (this.socket !== socket) return;
      this.clearTimers();
      this.socket = null;
      this.events.dropped(event.code);
      this.schedule();
    });
  }

  private schedule(): void {
    this.failures += 1;
    if (!this.running) return;
    if (this.failures > MAX_FAILED_ATTEMPTS) {
      this.events.gaveUp();
      return;
    }
    const delay = Math.min(MAX_DELAY_MS, 500 * 2 ** this.attempts) * (0.5 + Math.random() / 2);
    this.attempts += 1;
    this.retryTimer = window.setTimeout(() => this.open(), delay);
  }

  private ping(): void {
    window.clearInterval(this.pingTimer);
    this.pingTimer = window.setInterval(() => this.probe(PONG_WAIT_MS), PING_MS);
  }

  /** Pings; no frame at all within `wait` means the connection is dead. A shorter wait replaces a longer one. */
  private probe(wait: number): void {
    if (!this.send({ t: 'ping' })) return;
    window.clearTimeout(this.pongTimer);
    this.pongTimer = window.setTimeout(() => this.dead(), wait);
  }

  /** Gives the silent socket up at once (its close event, whenever it comes, is ignored) and reconnects. */
  private dead(): void {
    const socket = this.socket;
    if (!socket) return;
    this.socket = null;
    this.clearTimers();
    this.events.dropped(DEAD);
    this.schedule();
    socket.close();
  }

  /** Any frame proves the connection lives. */
  private alive(): void {
    window.clearTimeout(this.pongTimer);
  }

  private drop(): void {
    const socket = this.socket;
    this.socket = null;
    this.clearTimers();
    socket?.close(1000);
  }

  private clearTimers(): void {
    window.clearInterval(this.pingTimer);
    window.clearTimeout(this.pongTimer);
  }
}
