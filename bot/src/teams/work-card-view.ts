/**
 * Draws the notification card of a batch for one agent, from the records as they are now: what
 * happened (who assigned or transferred, what the customer wrote), the case's status and owner as
 * this agent may see them (field security), and only the buttons they may use. Cases they can no
 * longer read are counted, never shown. A customer's words are quoted only from a received,
 * external message of that very case (never an internal note, never another case's message).
 */
import { plainText } from '../cards/record-link-card';
import { workCard, type WorkCard, type WorkCardItem, type WorkCardLine } from '../cards/work-card';
import { hasPrivilege, type Caller } from '../domain/access/access';
import type { DirectoryRepository } from '../domain/access/directory-repository';
import { acceptDecision } from '../domain/actions/action-policies';
import type { ConversationMessage } from '../domain/conversations/conversation';
import type { ConversationRepository } from '../domain/conversations/conversation-repository';
import type { RecordDetails, RecordDetailsService } from '../domain/records/record-details';
import type { RecordRepository } from '../domain/records/record-repository';
import type { Locale } from '../domain/shared/types';
import type { WorkEvent } from '../domain/work/work-events';
import { t } from '../i18n/catalog';

/** What a card says after an action on one of its cases. */
export type WorkNote = { text: string; tone: 'good' | 'warning' };

export interface WorkCardViewDeps {
  records: RecordRepository;
  details: RecordDetailsService;
  directory: DirectoryRepository;
  conversations: ConversationRepository;
  /** The Teams deep link that opens a case in the tab. */
  deepLink: (type: string, id: string, label: string) => string;
}

/** Longest customer quote on the card. */
const MAX_QUOTE = 280;

/** A message the card may quote on case `recordId`: received from outside, on that case, not internal. */
export function isCustomerWords(message: ConversationMessage, recordId: string): boolean {
  return message.recordId === recordId && message.direction === 'in' && message.visibility === 'external';
}

export class WorkCardView {
  constructor(private readonly deps: WorkCardViewDeps) {}

  /** The card of batch `batchId` (its `events`) for `caller`, with `notes` under the cases acted on. */
  async render(caller: Caller, batch: { batchId: string; events: readonly WorkEvent[] }, locale: Locale, options: { refreshUserIds: string[]; notes?: Map<string, WorkNote> }): Promise<{ card: WorkCard; shown: RecordDetails[] }> {
    const { tenantId } = caller;
    const { events } = batch;
    const recordIds = [...new Set(events.map((e) => e.recordId))];
    const found = (await Promise.all(recordIds.map((id) => this.deps.records.get(tenantId, id)))).flatMap((f) => (f && hasPrivilege(caller, f.value, 'read') ? [f] : []));
    const details = await this.deps.details.describe(caller, found, { withPeople: false });
    const byIds = [...new Set(events.flatMap((e) => (e.kind !== 'customerReplied' ? [e.byUserId] : [])))];
    const people = byIds.length > 0 ? await this.deps.directory.getUsers(tenantId, byIds) : [];
    const nameOf = (id: string | undefined) => people.find((p) => p.id === id)?.displayName ?? t(locale, 'notify.someone');
    const items: WorkCardItem[] = [];
    for (const d of details) {
      const lines = await Promise.all(events.filter((e) => e.recordId === d.record.id).map((e) => this.line(tenantId, e, locale, nameOf)));
      items.push(this.item(caller, d, lines, locale, options.notes?.get(d.record.id)));
    }
    const card = workCard({ locale, items, hiddenCount: recordIds.length - details.length, data: { v: 2, b: batch.batchId }, refreshUserIds: options.refreshUserIds });
    return { card, shown: details };
  }

  private item(caller: Caller, d: RecordDetails, lines: WorkCardLine[], locale: Locale, note: WorkNote | undefined): WorkCardItem {
    const r = d.record;
    const hidden = new Set(d.hiddenFields);
    const facts = [{ label: t(locale, 'field.status'), value: t(locale, `status.${r.status}`) }];
    if (!hidden.has('owner')) facts.push({ label: t(locale, 'field.owner'), value: d.owner?.displayName ?? t(locale, 'value.none') });
    const heading = `${r.number} · ${r.title}`;
    return {
      recordId: r.id,
      heading,
      lines,
      facts,
      openUrl: this.deps.deepLink(r.type, r.id, r.number),
      canAccept: acceptDecision(caller, r).kind === 'take',
      canReply: r.type === 'case' && r.status !== 'closed' && hasPrivilege(caller, r, 'write'),
      note,
    };
  }

  private async line(tenantId: string, event: WorkEvent, locale: Locale, nameOf: (id: string | undefined) => string): Promise<WorkCardLine> {
    if (event.kind === 'assigned') return { text: t(locale, 'notify.line.assigned', { name: nameOf(event.byUserId) }) };
    if (event.kind === 'transferred') return { text: t(locale, 'notify.line.transferred', { name: nameOf(event.byUserId) }), ...(event.note ? { quote: plainText(event.note, MAX_QUOTE) } : {}) };
    const found = await this.deps.conversations.getMessage(tenantId, event.conversationId, event.messageId);
    const message = found && isCustomerWords(found.value, event.recordId) ? found.value : null;
    const name = message?.from?.name || message?.from?.address || t(locale, 'notify.customer');
    const quote = message ? plainText(message.visibleText || message.text, MAX_QUOTE) : '';
    return { text: t(locale, 'notify.line.replied', { name }), ...(quote ? { quote } : {}) };
  }
}
