/**
 * In-memory conversations, mail index, mail routes and intake items, for fast domain tests. They
 * pass the same repository contract as the Cosmos ones (tests/fixtures/repository-contract.ts).
 */
import type { AddressHealthRepository } from '../../domain/intake/address-health';
import type { Conversation, ConversationMessage } from '../../domain/conversations/conversation';
import type {
  ConversationRepository, MailIndexEntry, MailIndexRepository, MailRoute, MailRouteRepository,
} from '../../domain/conversations/conversation-repository';
import type { IntakeItem, IntakeRepository } from '../../domain/intake/intake-item';
import { ConflictError, PreconditionFailedError } from '../../domain/shared/errors';
import type { Page, PageRequest, Versioned } from '../../domain/shared/types';
import { MemoryTable, pageOf } from './memory-table';

const key = (...parts: string[]) => parts.join('\u0000');

/** True when an outgoing message's delivery is due at `now` (pending, or its sending lease ran out). */
export function isDeliveryDue(message: ConversationMessage, now: string): boolean {
  const d = message.delivery;
  return message.direction === 'out' && d !== null && (d.state === 'pending' || d.state === 'sending') && d.nextAttemptAt <= now;
}

export class MemoryConversationRepository implements ConversationRepository {
  private readonly conversations = new MemoryTable<Conversation>();
  private readonly messages = new MemoryTable<ConversationMessage>();

  async get(tenantId: string, id: string) { return this.conversations.get(key(tenantId, id)); }
  async create(c: Conversation) { return this.conversations.create(key(c.tenantId, c.id), c); }
  async replace(c: Conversation, etag: string) { return this.conversations.replace(key(c.tenantId, c.id), c, etag); }

  async ofTicket(tenantId: string, ticketId: string): Promise<Array<Versioned<Conversation>>> {
    return this.conversations.values()
      .filter((c) => c.value.tenantId === tenantId && c.value.ticketId === ticketId)
      .sort((a, b) => a.value.createdAt.localeCompare(b.value.createdAt) || a.value.id.localeCompare(b.value.id));
  }

  async delete(tenantId: string, id: string, etag?: string): Promise<void> {
    const current = this.conversations.get(key(tenantId, id));
    if (etag !== undefined && current && current.etag !== etag) throw new PreconditionFailedError();
    for (const m of this.messages.values()) {
      if (m.value.tenantId === tenantId && m.value.conversationId === id) this.messages.delete(key(tenantId, id, m.value.id));
    }
    this.conversations.delete(key(tenantId, id));
  }

  async addMessage(m: ConversationMessage): Promise<ConversationMessage> {
    const k = key(m.tenantId, m.conversationId, m.id);
    const existing = this.messages.get(k);
    if (existing) return existing.value;
    return this.messages.create(k, m).value;
  }

  async getMessage(tenantId: string, conversationId: string, id: string) { return this.messages.get(key(tenantId, conversationId, id)); }

  async replaceMessage(m: ConversationMessage, etag: string) { return this.messages.replace(key(m.tenantId, m.conversationId, m.id), m, etag); }

  async deleteMessage(tenantId: string, conversationId: string, id: string): Promise<void> {
    this.messages.delete(key(tenantId, conversationId, id));
  }

  async messagesOf(tenantId: string, conversationId: string, page: PageRequest): Promise<Page<ConversationMessage>> {
    const items = this.messages.values().map((m) => m.value)
      .filter((m) => m.tenantId === tenantId && m.conversationId === conversationId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    return pageOf(items, page);
  }

  async dueDeliveries(now: string, limit: number): Promise<Array<Versioned<ConversationMessage>>> {
    return this.messages.values()
      .filter((m) => isDeliveryDue(m.value, now))
      .sort((a, b) => (a.value.delivery?.nextAttemptAt ?? '').localeCompare(b.value.delivery?.nextAttemptAt ?? '') || a.value.id.localeCompare(b.value.id))
      .slice(0, Math.max(1, Math.floor(limit)));
  }
}

export class MemoryMailIndexRepository implements MailIndexRepository {
  private readonly entries = new Map<string, MailIndexEntry>();
  async put(entry: MailIndexEntry): Promise<MailIndexEntry> {
    const k = key(entry.tenantId, entry.messageId);
    const existing = this.entries.get(k);
    if (existing) return structuredClone(existing);
    this.entries.set(k, structuredClone(entry));
    return structuredClone(entry);
  }
  async get(tenantId: string, messageId: string): Promise<MailIndexEntry | null> {
    const found = this.entries.get(key(tenantId, messageId));
    return found ? structuredClone(found) : null;
  }
  async repoint(entry: MailIndexEntry): Promise<void> {
    this.entries.set(key(entry.tenantId, entry.messageId), structuredClone(entry));
  }
}

export class MemoryMailRouteRepository implements MailRouteRepository {
  private readonly routes = new Map<string, MailRoute>();
  async get(address: string): Promise<MailRoute | null> {
    const found = this.routes.get(address.toLowerCase());
    return found ? { ...found } : null;
  }
  async claim(route: MailRoute): Promise<void> {
    const address = route.address.toLowerCase();
    const held = this.routes.get(address);
    if (held && (held.tenantId !== route.tenantId || held.recordType !== route.recordType)) throw new ConflictError('error.conflict');
    if (!held) this.routes.set(address, { ...route, address });
  }
  async release(route: MailRoute): Promise<void> {
    const address = route.address.toLowerCase();
    const held = this.routes.get(address);
    if (held && held.tenantId === route.tenantId && held.recordType === route.recordType) this.routes.delete(address);
  }
}

export class MemoryIntakeRepository implements IntakeRepository {
  private readonly table = new MemoryTable<IntakeItem>();
  async create(item: IntakeItem): Promise<string | null> {
    if (this.table.get(key(item.tenantId, item.id))) return null;
    return this.table.create(key(item.tenantId, item.id), item).etag;
  }
  async get(tenantId: string, id: string) { return this.table.get(key(tenantId, id)); }
  async replace(item: IntakeItem, etag: string): Promise<string> { return this.table.replace(key(item.tenantId, item.id), item, etag).etag; }
  async pending(before: string, limit: number): Promise<IntakeItem[]> {
    return this.table.values().map((v) => v.value)
      .filter((i) => i.state === 'pending' && i.updatedAt < before)
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id))
      .slice(0, Math.max(1, Math.floor(limit)));
  }
}

/** Failing addresses, per tenant. */
export class MemoryAddressHealthRepository implements AddressHealthRepository {
  private readonly failing = new Map<string, string>();

  async markFailing(tenantId: string, address: string, at: string): Promise<void> {
    this.failing.set(`${tenantId}\n${address.toLowerCase()}`, at);
  }

  async clear(tenantId: string, address: string): Promise<void> {
    this.failing.delete(`${tenantId}\n${address.toLowerCase()}`);
  }

  async isFailing(tenantId: string, address: string, since: string): Promise<boolean> {
    const at = this.failing.get(`${tenantId}\n${address.toLowerCase()}`);
    return at !== undefined && at >= since;
  }
}
