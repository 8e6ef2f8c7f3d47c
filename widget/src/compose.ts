/**
 * What the visitor writes, to requests: the pre-chat form (the first message, `start`), the
 * composer (`send`), the leave-a-message form (`leave`), typing and End chat. Each message is
 * checked as the server checks it (forms.ts), shown as "Sending…", put in the outbox, saved at
 * once and sent when it can go (sender.ts). Without a connection, leave and End say so.
 */
import type { ClientFrame } from '../../bot/src/realtime/chat-protocol';
import type { Conversation } from './conversation';
import { oversize, readLeave, readMessage, readStart, type Translate } from './forms';
import type { LogView } from './log-view';
import type { Sender } from './sender';
import type { Outgoing } from './storage';
import type { Section, View } from './view';

const TYPING_EVERY_MS = 3000;

/** What composing needs of the widget. */
export interface ComposeContext {
  view: View;
  conversation: Conversation;
  sender: Sender;
  log: LogView;
  t: Translate;
  /** The site identified the visitor (no name or e-mail asked). */
  identified(): boolean;
  /** `ready` came on this connection. */
  ready(): boolean;
  /** The session exists. */
  started(): boolean;
  show(section: Section): void;
  saveNow(): void;
  retry(clientId: string): void;
}

function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export class Compose {
  private leaving = false;
  private typingSentAt = 0;

  constructor(private readonly c: ComposeContext) {}

  start(): void {
    const form = this.c.view.prechat;
    const values = readStart(form, this.c.identified(), this.c.t);
    if (!values) return;
    const message: Outgoing = { clientId: newClientId(), kind: 'start', ...values };
    if (this.tooLarge({ t: 'start', ...message })) return;
    form.form.reset();
    this.c.show('chat');
    this.queue(message);
  }

  message(): void {
    const field = this.c.view.input;
    const text = readMessage(field, this.c.t);
    if (text === null) return;
    const message: Outgoing = { clientId: newClientId(), text, kind: 'send' };
    if (this.tooLarge({ t: 'send', clientId: message.clientId, text })) return;
    field.control.value = '';
    field.control.style.height = '';
    this.queue(message);
  }

  leave(): void {
    const form = this.c.view.leave;
    if (this.leaving) return;
    const values = readLeave(form, this.c.t);
    if (!values) return;
    const frame: ClientFrame = { t: 'leave', ...values };
    if (this.tooLarge(frame)) return;
    if (!this.c.ready() || !this.c.sender.leave(frame)) {
      this.c.view.showBanner(this.c.t('chatwidget.error.offline'));
      return;
    }
    // Not `disabled`: that would throw the keyboard user's focus out of the dialog.
    this.leaving = true;
    form.submit.setAttribute('aria-disabled', 'true');
  }

  /** The left message was registered, or refused: the form may be sent again. */
  leaveAnswered(): void {
    this.leaving = false;
    this.c.view.leave.submit.removeAttribute('aria-disabled');
  }

  /** The composer holds text: says so at most every 3 s. */
  typing(): void {
    const now = Date.now();
    if (this.c.started() && this.c.ready() && now - this.typingSentAt > TYPING_EVERY_MS && this.c.sender.typing()) this.typingSentAt = now;
  }

  /** End chat: asked (true), or without a connection the visitor is told so (false). */
  end(): boolean {
    if (this.c.ready() && this.c.sender.close()) return true;
    this.c.view.showBanner(this.c.t('chatwidget.error.offline'));
    return false;
  }

  private queue(message: Outgoing): void {
    this.c.conversation.outbox.push(message);
    this.c.log.outgoing(message, 'sending', (id) => this.c.retry(id));
    this.c.sender.transmit(message);
    this.c.saveNow();
  }

  private tooLarge(frame: object): boolean {
    const large = oversize(frame);
    this.c.view.showBanner(large ? this.c.t('chatwidget.error.tooLarge') : null);
    return large;
  }
}
