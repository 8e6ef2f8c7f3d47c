/**
 * The conversation log: one list item per entry, kept in seq order (a late entry goes where its
 * seq belongs; one already shown is updated in place, never shown twice), then the messages still
 * on their way ("Sending…", or "Not sent" with a retry button).
 */
import type { PublicEntry } from '../../bot/src/realtime/chat-protocol';
import { h } from './dom';
import { format, isMessageKey, type Lang } from './i18n';
import type { Outgoing } from './storage';

/** The agent now chatting, as a note names them: `to` on an accepted transfer, else `name` (the session service's params), else its author. */
export function agentOf(entry: PublicEntry): string | null {
  const params = entry.note?.params ?? {};
  return (entry.note?.key === 'transferAccepted' ? params.to : undefined) ?? params.agent ?? params.name ?? entry.authorName;
}

/** What the customer reads for a system note, in their language. */
export function noteText(lang: Lang, entry: PublicEntry): string {
  if (!entry.note) return entry.text;
  const key = `chatwidget.note.${entry.note.key}`;
  if (!isMessageKey(key)) return entry.text;
  const params = entry.note.params;
  return format(lang, key, { ...params, agent: agentOf(entry) ?? format(lang, 'chatwidget.agent'), number: params.number ?? params.recordNumber ?? '' });
}

export class LogView {
  private readonly items = new Map<number, HTMLLIElement>();
  private readonly pending = new Map<string, HTMLLIElement>();

  constructor(
    private readonly list: HTMLOListElement,
    private readonly scroller: HTMLElement,
    private lang: Lang,
  ) {}

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  /** Shows an entry (or updates the one with its seq); a pending item of the same message becomes it. */
  entry(entry: PublicEntry, retry: (clientId: string) => void): void {
    const stick = this.atBottom();
    const item = this.items.get(entry.seq) ?? (entry.clientId !== null ? this.pending.get(entry.clientId) : undefined) ?? h('li');
    if (entry.clientId !== null) this.pending.delete(entry.clientId);
    this.fill(item, entry, retry);
    this.items.set(entry.seq, item);
    item.dataset.seq = String(entry.seq);
    const after = [...this.items.entries()].filter(([seq]) => seq > entry.seq).sort((a, b) => a[0] - b[0])[0]?.[1];
    const firstPending = this.pending.values().next().value;
    const before = after ?? firstPending ?? null;
    if (item.nextSibling !== before || item.parentNode !== this.list) this.list.insertBefore(item, before);
    if (stick) this.toBottom();
  }

  /** A message on its way (or, with failed, one the server refused). */
  outgoing(message: Outgoing, state: 'sending' | 'failed', retry: (clientId: string) => void): void {
    const item = this.pending.get(message.clientId) ?? h('li');
    this.fill(item, { seq: 0, at: '', kind: 'customer', authorName: null, text: message.text, clientId: message.clientId, note: null }, retry, state);
    if (!this.pending.has(message.clientId)) {
      this.pending.set(message.clientId, item);
      this.list.append(item);
    }
    this.toBottom();
  }

  clear(): void {
    this.items.clear();
    this.pending.clear();
    this.list.replaceChildren();
  }

  private fill(item: HTMLLIElement, entry: PublicEntry, retry: (clientId: string) => void, state: 'done' | 'sending' | 'failed' = 'done'): void {
    const t = (key: Parameters<typeof format>[1]) => format(this.lang, key);
    item.className = `msg ${entry.kind}${state === 'done' ? '' : ` ${state}`}`;
    item.replaceChildren();
    if (entry.kind === 'system') {
      item.textContent = noteText(this.lang, entry);
      return;
    }
    const who = entry.kind === 'customer' ? t('chatwidget.you') : entry.authorName ?? t('chatwidget.agent');
    item.append(h('span', { class: 'who' }, who), h('span', { class: 'text' }, entry.text));
    if (state === 'sending') item.append(h('span', { class: 'meta' }, t('chatwidget.sending')));
    else if (state === 'failed') {
      const button = h('button', { type: 'button' }, t('chatwidget.retry'));
      const clientId = entry.clientId;
      if (clientId !== null) button.addEventListener('click', () => retry(clientId));
      item.append(h('span', { class: 'meta' }, t('chatwidget.notSent'), button));
    } else {
      const at = new Date(entry.at);
      if (!Number.isNaN(at.getTime())) item.append(h('time', { class: 'meta', datetime: entry.at }, at.toLocaleTimeString(this.lang, { hour: '2-digit', minute: '2-digit' })));
    }
  }

  private atBottom(): boolean {
    return this.scroller.scrollHeight - this.scroller.scrollTop - this.scroller.clientHeight < 40;
  }

  toBottom(): void {
    this.scroller.scrollTop = this.scroller.scrollHeight;
  }
}
