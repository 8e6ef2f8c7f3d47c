/**
 * What the widget asks of the server on the current connection, and which answer is whose. The
 * server handles a socket's frames one at a time, in order, so its answers come in the order of
 * the requests: a message (`start`, `send`) is answered by its ack or an error, `leave` by `left`
 * or an error; `close` and `typing` get an answer only when they fail. So each of those two is
 * followed by a ping, and its pong says it went through. An error frame is then the answer to the
 * oldest request still open: only one for a message marks that message "not sent".
 *
 * Messages go in the outbox's order. A `send` waits for the session (`started`): sent before it,
 * the server would refuse it for want of a session.
 */
import type { ClientFrame } from '../../bot/src/realtime/chat-protocol';
import type { Connection } from './connection';
import type { Conversation } from './conversation';
import type { Outgoing } from './storage';

type Request = { kind: 'message'; clientId: string } | { kind: 'close' } | { kind: 'typing' } | { kind: 'leave' } | { kind: 'pong' };

/** What an error frame answered. */
export type Answered = { kind: 'message'; message: Outgoing | null } | { kind: 'close' } | { kind: 'typing' } | { kind: 'leave' } | { kind: 'none' };

export class Sender {
  /** Requests on this connection not answered yet, oldest first. */
  private open: Request[] = [];
  private readonly failed = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly conversation: Conversation,
    private readonly state: { ready(): boolean; token(): string | null },
  ) {}

  /** A new connection (or none): nothing is open on it. */
  reset(): void {
    this.open = [];
  }

  /** The session is gone: nothing open, nothing failed. */
  clear(): void {
    this.open = [];
    this.failed.clear();
  }

  isFailed(clientId: string): boolean {
    return this.failed.has(clientId);
  }

  /** Sends every message not on its way yet and not refused, oldest first (those that can go now). */
  flush(): void {
    for (const message of this.conversation.outbox) if (!this.failed.has(message.clientId)) this.transmit(message);
  }

  /** Sends a message if it can go now; else it waits in the outbox for flush(). */
  transmit(message: Outgoing): void {
    const token = this.state.token();
    if (!this.state.ready() || this.inFlight(message.clientId) || (message.kind === 'send' && !token)) return;
    const frame: ClientFrame = message.kind === 'start' && !token
      ? { t: 'start', clientId: message.clientId, text: message.text, ...(message.name ? { name: message.name } : {}), ...(message.email ? { email: message.email } : {}) }
      : { t: 'send', clientId: message.clientId, text: message.text };
    if (this.connection.send(frame)) this.open.push({ kind: 'message', clientId: message.clientId });
  }

  /** A refused message, asked again by the visitor. */
  retry(message: Outgoing): void {
    this.failed.delete(message.clientId);
    this.transmit(message);
  }

  /** The server acknowledged a message: it, and the silent requests before it, are answered. */
  acked(clientId: string): void {
    const at = this.open.findIndex((r) => r.kind === 'message' && r.clientId === clientId);
    if (at >= 0) this.open = [...this.open.slice(0, at).filter((r) => r.kind === 'message' || r.kind === 'leave'), ...this.open.slice(at + 1)];
    this.failed.delete(clientId);
  }

  /** The visitor's own entry arrived (through the fan-out, in no fixed order with the answers). */
  stored(clientId: string): void {
    this.open = this.open.filter((r) => !(r.kind === 'message' && r.clientId === clientId));
    this.failed.delete(clientId);
  }

  /** A pong: the close or typing before its ping went through. */
  ponged(): void {
    const at = this.open.findIndex((r) => r.kind === 'pong');
    if (at < 0 || this.open.slice(0, at).some((r) => r.kind === 'message' || r.kind === 'leave')) return;
    this.open = this.open.slice(at + 1);
  }

  /** The left message was registered. */
  left(): void {
    const at = this.open.findIndex((r) => r.kind === 'leave');
    if (at >= 0) this.open.splice(at, 1);
  }

  /** Asks to end the chat; false when there is no connection. */
  close(): boolean {
    return this.silent({ t: 'close' }, 'close');
  }

  /** Says the visitor is typing; false when there is no connection. */
  typing(): boolean {
    return this.silent({ t: 'typing' }, 'typing');
  }

  leave(frame: Extract<ClientFrame, { t: 'leave' }>): boolean {
    if (!this.connection.send(frame)) return false;
    this.open.push({ kind: 'leave' });
    return true;
  }

  /** An error frame: the answer to the oldest open request (a message it refused is marked failed). */
  answer(): Answered {
    let request = this.open.shift();
    while (request?.kind === 'pong') request = this.open.shift();
    if (!request) return { kind: 'none' };
    if (request.kind !== 'message') return { kind: request.kind };
    this.failed.add(request.clientId);
    return { kind: 'message', message: this.conversation.outbox.find((m) => m.clientId === request.clientId) ?? null };
  }

  private inFlight(clientId: string): boolean {
    return this.open.some((r) => r.kind === 'message' && r.clientId === clientId);
  }

  private silent(frame: ClientFrame, kind: 'close' | 'typing'): boolean {
    if (!this.connection.send(frame)) return false;
    this.connection.send({ t: 'ping' });
    this.open.push({ kind }, { kind: 'pong' });
    return true;
  }
}
