/**
 * The chat widget's behaviour: the protocol of bot/src/realtime/chat-protocol.ts over a Connection,
 * the Conversation it builds, what survives a reload (SavedState) and the View.
 *
 * hello → ready: without a session, the pre-chat form (start) or, when the site is closed or
 * nobody is present, the leave-a-message form (leave → left). With a session (a reload, a
 * reconnect): the entries after the last seq the widget has are replayed, and messages not yet
 * acknowledged are sent again with their own clientId (the server never stores one twice).
 * Messages written before the session exists wait for `started` (a `started` for a start already
 * sent, as the server answers a start sent again, settles nothing twice: messages on their way are
 * not sent again). Which answer is whose is sender.ts's business.
 */
import type { ClientFrame, ErrorCode, PublicEntry, ServerFrame } from '../../bot/src/realtime/chat-protocol';
import type { SessionStatus } from '../../bot/src/domain/sessions/session';
import { Compose } from './compose';
import { Connection } from './connection';
import { Conversation } from './conversation';
import { format, type Lang, type MessageKey } from './i18n';
import { agentOf, LogView } from './log-view';
import { Sender } from './sender';
import { ERROR_KEYS, statusLine } from './status-line';
import { SavedState, type Saved } from './storage';
import { View, type Section } from './view';

/** The site's signed-in user, signed by the site (HMAC-SHA256 of `${userId}:${email}`, hex). */
export interface Identity {
  userId: string;
  name: string;
  email: string;
  signature: string;
}

export interface WidgetOptions {
  /** The origin that served the script: the socket goes there. */
  origin: string;
  tenant: string;
  site: string;
  /** From data-lang or the browser; null: the site's language once `ready` says it. */
  lang: Lang | null;
}

type Ready = Extract<ServerFrame, { t: 'ready' }>;

export class ChatWidget {
  readonly view = new View();
  private readonly log: LogView;
  private readonly saved: SavedState;
  private readonly conversation: Conversation;
  private readonly connection: Connection;
  private readonly sender: Sender;
  private readonly compose: Compose;
  private lang: Lang;
  private readonly langFixed: boolean;
  private token: string | null = null;
  private sessionId: string | null = null;
  private status: SessionStatus | null = null;
  private ready: Ready | null = null;
  private agentName: string | null = null;
  private identity: Identity | null = null;
  private unread = 0;
  private droppedOnce = false;
  /** Twenty attempts to connect failed: the banner offers to try again. */
  private gaveUp = false;

  constructor(private readonly options: WidgetOptions) {
    this.saved = new SavedState(`casebridge-chat:${options.origin}:${options.tenant}:${options.site}`);
    const kept = this.saved.load();
    // Without data-lang or a browser language it speaks, the language settled on before (the site's).
    this.lang = options.lang ?? kept?.lang ?? 'en';
    this.langFixed = options.lang !== null;
    this.conversation = new Conversation(kept?.entries ?? [], kept?.outbox ?? [], kept?.base ?? 0);
    this.token = kept?.token ?? null;
    this.sessionId = kept?.sessionId ?? null;
    this.log = new LogView(this.view.log, this.view.scroller, this.lang);
    const url = new URL('/chat/ws', options.origin);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('tenant', options.tenant);
    url.searchParams.set('site', options.site);
    this.connection = new Connection(url.href, {
      opened: () => this.hello(),
      frame: (frame) => this.onFrame(frame),
      dropped: (code) => this.onDropped(code),
      gaveUp: () => this.onGaveUp(),
    });
    this.sender = new Sender(this.connection, this.conversation, { ready: () => this.ready !== null, token: () => this.token });
    this.compose = new Compose({
      view: this.view,
      conversation: this.conversation,
      sender: this.sender,
      log: this.log,
      t: this.translate,
      identified: () => this.identity !== null,
      ready: () => this.ready !== null,
      started: () => this.token !== null,
      show: (section) => this.show(section),
      saveNow: () => this.saveNow(),
      retry: (id) => this.retry(id),
    });
    this.view.applyTexts(this.lang);
    this.wire();
    // A reload: the conversation so far (and a first message still on its way) at once, then resume.
    if (this.token || this.conversation.outbox.length > 0) {
      for (const entry of this.conversation.entries()) {
        this.showEntry(entry);
        this.learnAgent(entry);
      }
      this.showOutbox();
      this.show('chat');
      this.connection.start();
    }
    if (kept?.open) this.setOpen(true, false);
    this.renderStatus();
  }

  // ---- public API (window.CasebridgeChat) ----

  open(): void {
    this.setOpen(true, true);
  }

  close(): void {
    this.setOpen(false, true);
  }

  /** The site's signed-in user; a chat not started yet starts with it (a new hello). */
  identify(identity: Identity): void {
    this.identity = identity;
    this.view.prechat.name.wrap.hidden = true;
    this.view.prechat.email.wrap.hidden = true;
    if (!this.token && this.connection.connected) this.connection.restart();
  }

  // ---- the connection ----

  private hello(): void {
    this.sender.reset();
    this.ready = null;
    if (this.gaveUp) {
      this.gaveUp = false;
      this.view.showBanner(null);
    }
    const frame: ClientFrame = { t: 'hello', tenant: this.options.tenant, site: this.options.site, lang: this.lang };
    if (this.token) {
      frame.token = this.token;
      frame.since = this.conversation.since();
    }
    if (this.identity) frame.identity = this.identity;
    this.connection.send(frame);
  }

  private onDropped(code: number): void {
    // 1009: the server's limit is lower than ours; the message it refused is not sent again by itself.
    if (code === 1009) this.refuse('tooLarge', null);
    this.sender.reset();
    this.droppedOnce = true;
    this.ready = null;
    this.view.showTyping(null);
    this.renderStatus();
  }

  /** Twenty attempts failed: say so, with a way to try again (the panel opening or the network coming back also do). */
  private onGaveUp(): void {
    this.gaveUp = true;
    this.view.showBanner(this.t('chatwidget.error.connectFailed'), { label: this.t('chatwidget.retry'), run: () => this.connection.retry() });
    this.renderStatus();
  }

  private onFrame(frame: ServerFrame): void {
    switch (frame.t) {
      case 'ready': return this.onReady(frame);
      case 'started': return this.onStarted(frame.token, frame.sessionId);
      case 'entry': return this.onEntry(frame.entry);
      case 'ack': {
        this.sender.acked(frame.clientId);
        const entry = this.conversation.ack(frame.clientId, frame.seq);
        if (entry) this.showEntry(entry);
        this.persist();
        return;
      }
      case 'typing': return this.onTyping(frame.name);
      case 'state': return this.setStatus(frame.status);
      case 'left': return this.onLeft(frame.number);
      case 'error': return this.onError(frame.code, frame.message);
      case 'pong': return this.sender.ponged();
    }
  }

  /**
   * The session exists (the first time, or again for a start sent again after a drop): the
   * messages written meanwhile go now, in order; those already on their way are not sent twice.
   */
  private onStarted(token: string, sessionId: string): void {
    this.token = token;
    this.sessionId = sessionId;
    this.status ??= 'active';
    this.view.endButton.hidden = this.view.current !== 'chat';
    this.saveNow();
    this.sender.flush();
    this.renderStatus();
  }

  private onReady(frame: Ready): void {
    this.connection.healthy();
    this.ready = frame;
    this.view.siteName.textContent = frame.site.name;
    if (!this.langFixed && frame.site.language !== this.lang) {
      this.setLang(frame.site.language);
      // The session keeps the visitor's language from hello: say it again before one starts.
      if (!this.token) return this.connection.restart();
    }
    if (frame.session) {
      this.sessionId = frame.session.id;
      this.show('chat');
      this.setStatus(frame.session.status);
      if (frame.session.status !== 'closed') this.sender.flush();
    } else {
      if (this.token) this.forget();
      const start = this.conversation.outbox.find((m) => m.kind === 'start');
      if (frame.open && start && !this.sender.isFailed(start.clientId)) {
        this.show('chat');
        this.sender.transmit(start);
      } else if (frame.open) {
        this.show('prechat');
      } else {
        this.view.leave.intro.textContent = this.t(frame.reason === 'closedHours' ? 'chatwidget.leave.closedHours' : 'chatwidget.leave.nobodyPresent');
        // What the visitor wrote for the chat is not lost: it becomes the message to leave.
        if (start) this.view.leave.message.control.value ||= this.conversation.outbox.map((m) => m.text).join('\n\n');
        if (this.view.current !== 'left') this.show('leave');
      }
    }
    this.renderStatus();
  }

  private onEntry(entry: PublicEntry): void {
    if (entry.kind === 'customer' && entry.clientId !== null) this.sender.stored(entry.clientId);
    const added = this.conversation.add(entry);
    if (added === 'same') return;
    this.showEntry(entry);
    if (entry.kind === 'agent') this.view.showTyping(null);
    this.learnAgent(entry);
    const note = entry.note?.key;
    if (note === 'queued') this.status = 'queued';
    if (note === 'agentJoined' && this.status === 'queued') this.status = 'active';
    if (note === 'closedByAgent' || note === 'closedByVisitor') this.setStatus('closed');
    if (added === 'new' && entry.kind !== 'customer' && !this.view.isOpen) {
      this.unread += 1;
      this.view.setUnread(this.unread, this.t('chatwidget.unread', { count: this.unread }));
    }
    this.renderStatus();
    this.persist();
  }

  private onTyping(name: string | null): void {
    this.view.showTyping(name ? this.t('chatwidget.typing', { name }) : this.t('chatwidget.typing.anonymous'));
  }

  private onLeft(number: string): void {
    this.sender.left();
    this.compose.leaveAnswered();
    this.view.leave.form.reset();
    this.view.leftBody.textContent = this.t('chatwidget.left.body', { number });
    // What waited for a chat went into the left message.
    this.conversation.outbox = [];
    this.log.clear();
    this.show('left');
    this.persist();
  }

  private onError(code: ErrorCode, message: string): void {
    if (code === 'badToken') {
      this.forget();
      this.view.showBanner(this.t('chatwidget.error.badToken'));
      this.connection.restart();
      return;
    }
    if (code === 'closed') return this.setStatus('closed');
    if (code === 'notFound') {
      this.view.showBanner(this.t(ERROR_KEYS[code]));
      this.connection.stop();
      return;
    }
    this.refuse(code, message);
  }

  /**
   * The server refused the oldest request still open (frames are answered in order): a message
   * shows "Not sent" with a retry button; a refused close or leave lets the visitor ask again; a
   * refused typing signal is nobody's business. An error about no request (a wrong identity
   * signature) shows the server's own words, already in the visitor's language.
   */
  private refuse(code: ErrorCode, serverMessage: string | null): void {
    const answered = this.sender.answer();
    switch (answered.kind) {
      case 'typing': return;
      case 'close':
        this.view.endButton.removeAttribute('aria-disabled');
        break;
      case 'leave':
        this.compose.leaveAnswered();
        break;
      case 'message':
        if (answered.message) this.log.outgoing(answered.message, 'failed', (id) => this.retry(id));
        break;
      case 'none':
        return this.view.showBanner(serverMessage ?? this.t(ERROR_KEYS[code]));
    }
    this.view.showBanner(this.t(ERROR_KEYS[code]));
  }

  private retry(clientId: string): void {
    const message = this.conversation.outbox.find((m) => m.clientId === clientId);
    if (!message) return;
    this.view.showBanner(null);
    this.log.outgoing(message, 'sending', (id) => this.retry(id));
    this.sender.retry(message);
  }

  // ---- the visitor's actions ----

  private wire(): void {
    this.view.wire({
      toggle: () => this.setOpen(!this.view.isOpen, true),
      close: () => this.setOpen(false, true),
      start: () => this.compose.start(),
      leave: () => this.compose.leave(),
      send: () => this.compose.message(),
      typing: () => this.compose.typing(),
      end: () => this.compose.end(),
      newChat: () => {
        this.forget();
        this.show('none');
        this.renderStatus();
        this.connection.restart();
        this.view.closeButton.focus();
      },
    });
  }

  // ---- state and view ----

  private setOpen(open: boolean, moveFocus: boolean): void {
    this.view.setOpen(open);
    if (open) {
      this.unread = 0;
      this.view.setUnread(0, '');
      this.connection.start();
      this.log.toBottom();
      if (moveFocus) this.view.focusTarget().focus();
    } else if (moveFocus) {
      this.view.launcher.focus();
    }
    this.persist();
  }

  /** Changes the section; focus follows when it was inside the panel (a keyboard user is not left on a vanished control). */
  private show(section: Section): void {
    if (this.view.current === section) return;
    const focusInside = this.view.isOpen && this.view.hasFocus(this.view.panel);
    this.view.show(section);
    this.view.endButton.hidden = section !== 'chat' || this.status === 'closed';
    if (focusInside) this.view.focusTarget().focus();
  }

  private setStatus(status: SessionStatus): void {
    this.status = status;
    const closed = status === 'closed';
    if (closed) {
      this.conversation.outbox = [];
      this.sender.clear();
      for (const item of this.view.log.querySelectorAll('.sending,.failed')) item.remove();
    }
    const focusInside = this.view.isOpen && (this.view.hasFocus(this.view.composer) || this.view.hasFocus(this.view.endButton));
    this.view.setEnded(closed);
    this.view.endButton.hidden = closed || this.view.current !== 'chat';
    this.view.endButton.removeAttribute('aria-disabled');
    if (closed && focusInside) this.view.newChat.focus();
    this.renderStatus();
    this.persist();
  }

  /** Who the customer is chatting with, from an agent's message or a note that names them (live, or the kept log after a reload). */
  private learnAgent(entry: PublicEntry): void {
    if (entry.kind === 'agent') this.agentName = entry.authorName ?? this.agentName;
    const note = entry.note?.key;
    // J2, J6: a delegate took it for a colleague, or the colleague picked it up again (`name`: who chats now).
    if (note === 'agentJoined' || note === 'transferAccepted' || note === 'takenOver' || note === 'takenFor' || note === 'pickedUp') this.agentName = agentOf(entry) ?? this.agentName;
  }

  private renderStatus(): void {
    const line = statusLine({
      gaveUp: this.gaveUp,
      connected: this.connection.connected,
      ready: this.ready !== null,
      droppedOnce: this.droppedOnce,
      open: this.view.isOpen,
      started: this.token !== null,
      status: this.status,
      agentName: this.agentName,
    });
    const text = line ? this.t(line.key, line.params) : '';
    if (this.view.status.textContent !== text) this.view.status.textContent = text;
  }

  private showEntry(entry: PublicEntry): void {
    this.log.entry(entry, (id) => this.retry(id));
  }

  private showOutbox(): void {
    for (const message of this.conversation.outbox) this.log.outgoing(message, this.sender.isFailed(message.clientId) ? 'failed' : 'sending', (id) => this.retry(id));
  }

  private setLang(lang: Lang): void {
    this.lang = lang;
    this.view.applyTexts(lang);
    this.log.setLang(lang);
    this.log.clear();
    for (const entry of this.conversation.entries()) this.showEntry(entry);
    this.showOutbox();
    this.persist();
  }

  /** Drops the session (ended, expired or refused): a new chat starts from the pre-chat form. */
  private forget(): void {
    this.token = null;
    this.sessionId = null;
    this.status = null;
    this.agentName = null;
    this.sender.clear();
    const open = this.view.isOpen;
    this.conversation.clear();
    this.log.clear();
    this.view.setEnded(false);
    this.view.endButton.hidden = true;
    this.saved.clear();
    if (open) this.persist();
  }

  /** Saves soon (a replay of many entries is written once). */
  private persist(): void {
    this.saved.schedule(() => this.snapshot());
  }

  /** Saves now: what the visitor just sent, the session's token. */
  private saveNow(): void {
    this.saved.save(this.snapshot());
  }

  private snapshot(): Saved {
    return { token: this.token, sessionId: this.sessionId, entries: this.conversation.entries(), base: this.conversation.base, outbox: this.conversation.outbox, open: this.view.isOpen, lang: this.lang };
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return format(this.lang, key, params);
  }

  private readonly translate = (key: MessageKey, params?: Record<string, string | number>): string => this.t(key, params);
}
