/**
 * One customer's socket on `/chat/ws` (chat-socket.ts accepts it): the hello, start, send, typing,
 * leave and close frames, and delivery — subscribe to the session's group first, wait for the
 * join, read what the customer lacks, send it, then what arrived meanwhile; each entry once, in
 * seq order; after a gap the missing entries are read from the store.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ChatSite, SessionEntry } from '../domain/sessions/session';
import type { SessionsApi, VisitorRef } from '../domain/sessions/ports';
import type { Locale } from '../domain/shared/types';
import type { ChatLimits } from './chat-limits';
import { ClientFrame, publicEntry, type ErrorCode, type ServerFrame } from './chat-protocol';
import { EntryStream } from './entry-stream';
import { sessionGroup, type Hub } from './hub';
import { parseHubEvent } from './session-events';
import { CLOSE, errorFrame, failureFrame } from './socket-errors';
import { handleFramesInOrder, sendJson } from './socket-limits';
import { identityIsSigned, type ChatTokens } from './tokens';
import type { WebSocket } from './ws';
import type { DomainError } from '../domain/shared/errors';

/** What the customer edge and each of its connections work with. */
export interface ChatEdgeOptions {
  sessions: SessionsApi;
  hub: Hub;
  tokens: ChatTokens;
  limits: ChatLimits;
  logger: Logger;
  maxPayloadBytes: number;
  /** Azure: the client address is App Service's last X-Forwarded-For entry. */
  behindProxy: boolean;
  heartbeatMs?: number;
  helloTimeoutMs?: number;
}

/** Domain error → the customer's error code. */
const CODES: Record<DomainError['code'], ErrorCode> = {
  'not-found': 'notFound', forbidden: 'badToken', validation: 'invalid', 'precondition-failed': 'internal', conflict: 'closed', 'not-provisioned': 'unavailable', unprocessable: 'invalid',
};

/** One customer's socket. */
export class CustomerConnection {
  private locale: Locale;
  private helloDone = false;
  private visitor: VisitorRef | null = null;
  private verified: { name: string; email: string } | null = null;
  /** The session's entries to this customer: in order, each once, never across a hole. */
  private stream: EntryStream | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Client frames are handled one at a time, in order. */
  /** Client frames received and not yet handled. */
  /** Set once the socket closed: nothing is subscribed or sent after it. */
  private closed = false;
  private lastTyping = 0;
  private readonly helloTimer: NodeJS.Timeout;

  constructor(
    private readonly socket: WebSocket,
    private readonly site: ChatSite,
    private readonly address: string,
    private readonly options: ChatEdgeOptions,
  ) {
    this.locale = site.language;
    this.helloTimer = setTimeout(() => {
      if (!this.helloDone) socket.close(CLOSE.helloTimeout, 'hello expected');
    }, options.helloTimeoutMs ?? 15_000);
    handleFramesInOrder(socket, {
      closed: () => this.closed,
      frame: (text) => this.onFrame(text),
      failed: (error) => this.send(failureFrame(error, this.locale, CODES, 'internal', options.logger)),
      overflowed: () => this.cleanup(),
    });
    // Oversize frames (1009) and protocol errors: ws closes the socket itself; nothing to store.
    socket.on('error', (error) => options.logger.debug({ err: error.message }, 'chat socket error'));
    socket.on('close', () => this.cleanup());
  }

  private send(frame: ServerFrame): void {
    sendJson(this.socket, frame);
  }

  private error(code: ErrorCode, key: Parameters<typeof errorFrame>[2], params: Record<string, string | number> = {}): void {
    this.send(errorFrame(this.locale, code, key, params));
  }

  private async onFrame(text: string | null): Promise<void> {
    if (this.closed) return;
    let frame: ClientFrame;
    try {
      frame = ClientFrame.parse(JSON.parse(text ?? ''));
    } catch {
      return this.error('invalid', 'realtime.error.invalid');
    }
    if (frame.t === 'ping') return this.send({ t: 'pong' });
    if (!this.helloDone && frame.t !== 'hello') return this.error('invalid', 'realtime.error.helloFirst');
    switch (frame.t) {
      case 'hello':
        return this.hello(frame);
      case 'start':
        return this.start(frame);
      case 'send':
        return this.post(frame);
      case 'typing':
        return this.typing();
      case 'leave':
        return this.leave(frame);
      case 'close':
        if (!this.visitor) return this.error('invalid', 'realtime.error.noSession');
        return this.options.sessions.closeByVisitor(this.visitor);
    }
  }

  private async hello(frame: Extract<ClientFrame, { t: 'hello' }>): Promise<void> {
    if (this.helloDone) return this.error('invalid', 'realtime.error.invalid');
    this.locale = frame.lang;
    if (frame.tenant !== this.site.tenantId || frame.site !== this.site.id) {
      this.error('invalid', 'realtime.error.wrongSite');
      this.socket.close(CLOSE.badHello, 'another site');
      return;
    }
    this.helloDone = true;
    clearTimeout(this.helloTimer);
    if (frame.identity) {
      if (identityIsSigned(this.site.identitySecret, frame.identity)) this.verified = { name: frame.identity.name, email: frame.identity.email };
      else this.error('invalid', 'realtime.error.identity');
    }
    const availability = await this.options.sessions.availability(this.site.tenantId, this.site.id);
    if (this.closed) return;
    const ready = { open: availability.open, reason: availability.reason, site: availability.site };
    if (!frame.token) {
      this.send({ t: 'ready', ...ready, session: null });
      return;
    }
    const visitor = await this.options.tokens.verifyVisitor(frame.token);
    if (this.closed) return;
    if (!visitor || visitor.tenantId !== this.site.tenantId || visitor.siteId !== this.site.id) return this.badToken();
    try {
      await this.attach(visitor, frame.since ?? 0, (session) => this.send({ t: 'ready', ...ready, session: { id: session.id, status: session.status, lastSeq: session.lastSeq } }));
    } catch (error) {
      this.detach();
      const failure = failureFrame(error, this.locale, CODES, 'internal', this.options.logger);
      if (failure.code === 'badToken' || failure.code === 'notFound') return this.badToken();
      this.send(failure);
    }
  }

  /** The token does not open this session: say so and close; the session itself is untouched. */
  private badToken(): void {
    this.error('badToken', 'realtime.error.badToken');
    this.socket.close(CLOSE.badToken, 'bad token');
  }

  /**
   * Subscribe first, wait for the join, read what the customer lacks, send it (after `before`),
   * then what arrived meanwhile: each entry once, in order. A socket that closed meanwhile is left
   * unsubscribed (cleanup() ran detach()); after a hub outage the stream reads the store again.
   */
  private async attach(visitor: VisitorRef, since: number, before: (session: { id: string; status: 'queued' | 'active' | 'closed'; lastSeq: number }) => void): Promise<void> {
    if (this.closed) return;
    const group = sessionGroup(visitor.tenantId, visitor.sessionId);
    this.visitor = visitor;
    const stream = new EntryStream(since, {
      read: (afterSeq, reason) => this.read(visitor, afterSeq, reason),
      emit: (entry) => this.send({ t: 'entry', entry: publicEntry(entry) }),
      failed: (error) => this.options.logger.error({ err: error }, 'chat socket: reading missed entries failed'),
    });
    this.stream = stream;
    const leave = this.options.hub.subscribe(group, (data) => this.onEvent(data));
    const leaveResync = this.options.hub.onResync(group, () => void stream.resync());
    this.unsubscribe = () => {
      leave();
      leaveResync();
    };
    await this.options.hub.joined(group);
    if (this.closed || this.stream !== stream) return;
    const { session, entries } = await this.options.sessions.entriesForVisitor(visitor, since);
    if (this.closed || this.stream !== stream) return;
    before(session);
    stream.begin(entries);
  }

  /** Entries after `afterSeq`; after a hub outage also the session's state now (it may have changed unseen). */
  private async read(visitor: VisitorRef, afterSeq: number, reason: 'gap' | 'resync'): Promise<SessionEntry[] | null> {
    const { session, entries } = await this.options.sessions.entriesForVisitor(visitor, afterSeq);
    if (this.visitor !== visitor) return null;
    if (reason === 'resync') this.send({ t: 'state', status: session.status });
    return entries;
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.stream?.stop();
    this.stream = null;
    this.visitor = null;
  }

  private onEvent(data: unknown): void {
    const event = parseHubEvent(data);
    const visitor = this.visitor;
    const stream = this.stream;
    if (!event || !visitor || !stream || event.type === 'agent' || event.tenantId !== visitor.tenantId || event.sessionId !== visitor.sessionId) return;
    if (event.type === 'entry') return stream.offer(event.entry);
    // Typing and state only once the customer has been sent the session (after `ready`).
    if (!stream.live) return;
    if (event.type === 'typing') {
      if (event.who === 'agent') this.send({ t: 'typing', name: event.name });
      return;
    }
    this.send({ t: 'state', status: event.status });
  }

  private async start(frame: Extract<ClientFrame, { t: 'start' }>): Promise<void> {
    if (this.visitor) return this.error('invalid', 'realtime.error.alreadyStarted');
    const wait = await this.options.limits.messages.consume(`start:${this.address}`);
    if (wait !== null) return this.error('rateLimited', 'realtime.error.rateLimited', { seconds: wait });
    const visitorId = randomUUID();
    const { session, entry } = await this.options.sessions.start(this.site.tenantId, this.site.id, {
      visitorId,
      name: this.verified?.name ?? frame.name ?? null,
      email: this.verified?.email ?? frame.email ?? null,
      verified: this.verified !== null,
      locale: this.locale,
      clientId: frame.clientId,
      text: frame.text,
    });
    // A resent start (same clientId) answers the first one's session: its visitor, not this attempt's.
    const visitor: VisitorRef = { tenantId: session.tenantId, siteId: session.siteId, sessionId: session.id, visitorId: session.visitor.id };
    this.send({ t: 'started', token: await this.options.tokens.visitorToken(visitor), sessionId: session.id });
    this.send({ t: 'ack', clientId: frame.clientId, seq: entry.seq });
    await this.attach(visitor, 0, () => undefined);
  }

  private async post(frame: Extract<ClientFrame, { t: 'send' }>): Promise<void> {
    const visitor = this.visitor;
    if (!visitor) return this.error('invalid', 'realtime.error.noSession');
    const wait = await this.options.limits.messages.consume(`${visitor.tenantId}:${visitor.sessionId}`);
    if (wait !== null) return this.error('rateLimited', 'realtime.error.rateLimited', { seconds: wait });
    const entry = await this.options.sessions.postAsVisitor(visitor, { clientId: frame.clientId, text: frame.text });
    this.send({ t: 'ack', clientId: frame.clientId, seq: entry.seq });
    this.stream?.offer(entry);
  }

  private async typing(): Promise<void> {
    const visitor = this.visitor;
    if (!visitor) return;
    // At most one typing signal a second per socket: it is a hint, not worth a flood.
    const now = Date.now();
    if (now - this.lastTyping < 1000) return;
    this.lastTyping = now;
    await this.options.sessions.typing(visitor, visitor.sessionId);
  }

  private async leave(frame: Extract<ClientFrame, { t: 'leave' }>): Promise<void> {
    const wait = await this.options.limits.messages.consume(`leave:${this.address}`);
    if (wait !== null) return this.error('rateLimited', 'realtime.error.rateLimited', { seconds: wait });
    const { number } = await this.options.sessions.leaveMessage(this.site.tenantId, this.site.id, { name: frame.name, email: frame.email, text: frame.text, locale: this.locale });
    this.send({ t: 'left', number });
  }

  /** The server is stopping: the widget reconnects (elsewhere) and resumes. */
  shutdown(): void {
    this.socket.close(CLOSE.goingAway, 'server stopping');
    this.cleanup();
  }

  private cleanup(): void {
    this.closed = true;
    clearTimeout(this.helloTimer);
    this.detach();
  }
}
