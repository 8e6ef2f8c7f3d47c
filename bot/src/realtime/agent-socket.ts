/**
 * The agent's edge, `GET /api/realtime?ticket=…` (protocol: agent-protocol.ts). The ticket (from
 * `POST /api/realtime/ticket`, 60 seconds, good for one socket) is checked before the upgrade (401
 * without a valid, unused one); the socket then follows the agent's group (their list changed) and
 * the sessions they watch, each checked by the service (`entriesForAgent`, with the Caller resolved
 * again for every read) before anything of it is sent. After `maxAgeMs` the socket is closed with
 * 4401: the tab asks for a new ticket, so a removed user or a lost privilege does not linger.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { Caller } from '../domain/access/access';
import type { SessionsApi } from '../domain/sessions/ports';
import type { SessionEntry } from '../domain/sessions/session';
import { DomainError } from '../domain/shared/errors';
import type { Locale } from '../domain/shared/types';
import { resolveLocale, t } from '../i18n/catalog';
import { AgentClientFrame, MAX_WATCHED, type AgentErrorCode, type AgentServerFrame } from './agent-protocol';
import { EntryStream } from './entry-stream';
import { agentGroup, sessionGroup, type Hub } from './hub';
import { parseHubEvent } from './session-events';
import { CLOSE, errorFrame, failureFrame } from './socket-errors';
import { handleFramesInOrder, sendJson, TokenBucket } from './socket-limits';
import type { ChatTokens } from './tokens';
import { refuseUpgrade } from './upgrade-reply';
import { SocketPool } from './socket-pool';
import type { WebSocket } from './ws';

export const AGENT_SOCKET_PATH = '/api/realtime';

const CODES: Record<DomainError['code'], AgentErrorCode> = {
  'not-found': 'notFound', forbidden: 'forbidden', validation: 'invalid', 'precondition-failed': 'internal', conflict: 'invalid', 'not-provisioned': 'forbidden', unprocessable: 'invalid',
};

export interface AgentEdgeOptions {
  sessions: SessionsApi;
  hub: Hub;
  tokens: ChatTokens;
  /** The Caller of a ticket's (tenant, user); throws NotProvisionedError for strangers. */
  caller: (tenantId: string, userId: string) => Promise<Caller>;
  /**
   * Records a ticket's id as used: true the first time, false after (the ticket was used before).
   * Throws when it cannot be recorded (the upgrade is refused with 503).
   */
  claimTicket: (jti: string) => Promise<boolean>;
  logger: Logger;
  heartbeatMs?: number;
  /** How long one socket lives before it is closed with 4401 (the tab reconnects with a new ticket). */
  maxAgeMs?: number;
}

/** Frames an agent's socket may send: this many at once, refilled per second. */
const FRAME_BURST = 60;
const FRAMES_PER_SECOND = 10;

export class AgentEdge {
  private readonly pool: SocketPool<AgentConnection>;

  constructor(private readonly options: AgentEdgeOptions) {
    this.pool = new SocketPool({ maxPayloadBytes: 4096, heartbeatMs: options.heartbeatMs ?? 30_000 });
  }

  async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://agent');
    const locale = resolveLocale(url.searchParams.get('lang') ?? req.headers['accept-language']);
    const ticket = url.searchParams.get('ticket');
    const agent = ticket ? await this.options.tokens.verifyTicket(ticket) : null;
    if (!agent) return refuseUpgrade(socket, 401, t(locale, 'realtime.refused.ticket'));
    let caller: Caller;
    try {
      // One socket per ticket: a ticket seen in a log or a history cannot open another.
      if (!(await this.options.claimTicket(agent.jti))) return refuseUpgrade(socket, 401, t(locale, 'realtime.refused.ticket'));
      caller = await this.options.caller(agent.tenantId, agent.userId);
    } catch (error) {
      if (error instanceof DomainError) return refuseUpgrade(socket, 403, t(locale, 'realtime.error.forbidden'));
      this.options.logger.error({ err: error }, 'agent socket: resolving the caller failed');
      return refuseUpgrade(socket, 503, t(locale, 'realtime.error.unavailable'));
    }
    this.pool.accept(req, socket, head, (ws) => new AgentConnection(ws, caller, resolveLocale(url.searchParams.get('lang') ?? caller.user.locale ?? null), this.options));
  }

  get connectionCount(): number {
    return this.pool.size;
  }

  /** Closes every socket (1001: the tab reconnects elsewhere), terminating those still open after a short grace. */
  close(): Promise<void> {
    return this.pool.close();
  }
}

/** One watched session of one socket. */
interface Watch {
  stream: EntryStream;
  leave: () => void;
}

class AgentConnection {
  private readonly watches = new Map<string, Watch>();
  /** When this socket last passed on typing, per session (at most one a second each). */
  private readonly lastTyping = new Map<string, number>();
  private readonly leaveAgentGroup: () => void;
  private readonly bucket = new TokenBucket(FRAME_BURST, FRAMES_PER_SECOND);
  private readonly maxAge: NodeJS.Timeout;
  /** Set once the socket closed: nothing is subscribed or sent after it. */
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly caller: Caller,
    private readonly locale: Locale,
    private readonly options: AgentEdgeOptions,
  ) {
    const group = agentGroup(caller.tenantId, caller.user.id);
    const leave = options.hub.subscribe(group, (data) => {
      const event = parseHubEvent(data);
      if (event?.type === 'agent' && event.tenantId === caller.tenantId && event.userId === caller.user.id) this.send({ t: 'sessions' });
    });
    // After a hub outage the list may have changed unseen: the tab reloads it.
    const leaveResync = options.hub.onResync(group, () => this.send({ t: 'sessions' }));
    this.leaveAgentGroup = () => {
      leave();
      leaveResync();
    };
    this.maxAge = setTimeout(() => socket.close(CLOSE.badToken, 'ticket expired'), options.maxAgeMs ?? 30 * 60_000);
    this.maxAge.unref();
    handleFramesInOrder(socket, {
      closed: () => this.closed,
      frame: (text) => this.onFrame(text),
      failed: (error) => this.send(failureFrame(error, locale, CODES, 'internal', options.logger)),
      overflowed: () => this.cleanup(),
    });
    socket.on('error', (error) => options.logger.debug({ err: error.message }, 'agent socket error'));
    socket.on('close', () => this.cleanup());
    this.send({ t: 'ready', userId: caller.user.id });
  }

  private send(frame: AgentServerFrame): void {
    sendJson(this.socket, frame);
  }

  /** The agent as they are now (a removed user or a changed team shows at the next read). */
  private current(): Promise<Caller> {
    return this.options.caller(this.caller.tenantId, this.caller.user.id);
  }

  private async onFrame(text: string | null): Promise<void> {
    if (this.closed) return;
    let frame: AgentClientFrame;
    try {
      frame = AgentClientFrame.parse(JSON.parse(text ?? ''));
    } catch {
      return this.send(errorFrame(this.locale, 'invalid', 'realtime.error.invalid'));
    }
    const wait = frame.t === 'ping' ? null : this.bucket.take();
    if (wait !== null) {
      const refused = errorFrame(this.locale, 'rateLimited', 'realtime.error.rateLimited', { seconds: wait });
      // A refused watch did not start (its session named); a refused typing or unwatch ends nothing.
      return this.send(frame.t === 'watch' ? { ...refused, sessionId: frame.sessionId } : refused);
    }
    switch (frame.t) {
      case 'ping':
        return this.send({ t: 'pong' });
      case 'watch':
        return this.watch(frame.sessionId, frame.since);
      case 'unwatch':
        return this.unwatch(frame.sessionId);
      case 'typing': {
        const now = Date.now();
        if (now - (this.lastTyping.get(frame.sessionId) ?? 0) < 1000) return;
        if (this.lastTyping.size > MAX_WATCHED) this.lastTyping.clear();
        this.lastTyping.set(frame.sessionId, now);
        try {
          await this.options.sessions.typing(await this.current(), frame.sessionId);
        } catch (error) {
          // Without the sessionId: the tab takes an error naming a session as "that watch ended".
          this.send(failureFrame(error, this.locale, CODES, 'internal', this.options.logger));
        }
        return;
      }
    }
  }

  private async watch(sessionId: string, since: number): Promise<void> {
    if (this.closed) return;
    this.unwatch(sessionId);
    if (this.watches.size >= MAX_WATCHED) return this.send({ ...errorFrame(this.locale, 'tooManyWatched', 'realtime.error.tooManyWatched'), sessionId });
    const group = sessionGroup(this.caller.tenantId, sessionId);
    const stream = new EntryStream(since, {
      read: (afterSeq, reason) => this.read(sessionId, watch, afterSeq, reason),
      emit: (entry) => this.send({ t: 'entry', sessionId, entry }),
      failed: (error) => this.options.logger.error({ err: error }, 'agent socket: reading a watched session failed'),
    });
    const leave = this.options.hub.subscribe(group, (data) => this.onEvent(sessionId, watch, data));
    const leaveResync = this.options.hub.onResync(group, () => void stream.resync('resync'));
    const watch: Watch = {
      stream,
      leave: () => {
        leave();
        leaveResync();
        stream.stop();
      },
    };
    this.watches.set(sessionId, watch);
    try {
      await this.options.hub.joined(group);
      if (this.closed || this.watches.get(sessionId) !== watch) return;
      const entries = await this.options.sessions.entriesForAgent(await this.current(), sessionId, since);
      if (this.closed || this.watches.get(sessionId) !== watch) return;
      stream.begin(entries);
      this.send({ t: 'watching', sessionId, lastSeq: stream.lastSeq });
    } catch (error) {
      if (this.watches.get(sessionId) !== watch) return;
      this.unwatch(sessionId);
      this.send({ ...failureFrame(error, this.locale, CODES, 'internal', this.options.logger), sessionId });
    }
  }

  private unwatch(sessionId: string): void {
    const watch = this.watches.get(sessionId);
    if (!watch) return;
    this.watches.delete(sessionId);
    watch.leave();
  }

  private onEvent(sessionId: string, watch: Watch, data: unknown): void {
    const event = parseHubEvent(data);
    if (!event || event.type === 'agent' || event.tenantId !== this.caller.tenantId || event.sessionId !== sessionId) return;
    if (this.watches.get(sessionId) !== watch) return;
    if (event.type === 'entry') return watch.stream.offer(event.entry);
    // Nothing of a session before its first permission-checked read has succeeded.
    if (!watch.stream.live) return;
    if (event.type === 'typing') return this.send({ t: 'typing', sessionId, who: event.who, name: event.name });
    this.send({ t: 'state', sessionId, status: event.status, agentId: event.agentId, transferId: event.transferId });
    // Who may see the session can change with its state (a transfer, a takeover): check again.
    void watch.stream.resync('gap');
  }

  /**
   * Entries after `afterSeq` (with the permission check, as the agent is now); after a hub outage
   * also the session's state now. Null (and the watch ended with an error frame) when the agent
   * may no longer see it.
   */
  private async read(sessionId: string, watch: Watch, afterSeq: number, reason: 'gap' | 'resync'): Promise<SessionEntry[] | null> {
    try {
      const caller = await this.current();
      if (reason === 'resync') {
        const { session } = await this.options.sessions.get(caller, sessionId, { limit: 1 });
        if (this.watches.get(sessionId) !== watch) return null;
        this.send({ t: 'state', sessionId, status: session.status, agentId: session.agentId, transferId: session.transfer?.id ?? null });
      }
      return await this.options.sessions.entriesForAgent(caller, sessionId, afterSeq);
    } catch (error) {
      if (this.watches.get(sessionId) === watch) {
        this.unwatch(sessionId);
        this.send({ ...failureFrame(error, this.locale, CODES, 'internal', this.options.logger), sessionId });
      }
      return null;
    }
  }

  shutdown(): void {
    this.socket.close(CLOSE.goingAway, 'server stopping');
    this.cleanup();
  }

  private cleanup(): void {
    this.closed = true;
    clearTimeout(this.maxAge);
    this.leaveAgentGroup();
    for (const sessionId of [...this.watches.keys()]) this.unwatch(sessionId);
  }
}
