/** Storage contracts for conversations, their messages, and the e-mail threading index. */
import type { Page, PageRequest, Versioned } from '../shared/types';
import type { Conversation, ConversationMessage, Delivery } from './conversation';

export interface ConversationRepository {
  /** One point read; null when missing in this tenant. */
  get(tenantId: string, id: string): Promise<Versioned<Conversation> | null>;
  /** Throws ConflictError when the id exists. */
  create(conversation: Conversation): Promise<Versioned<Conversation>>;
  /** Throws PreconditionFailedError when `etag` is stale. */
  replace(conversation: Conversation, etag: string): Promise<Versioned<Conversation>>;
  /** The conversations whose ticket is this record, oldest first. */
  ofTicket(tenantId: string, ticketId: string): Promise<Array<Versioned<Conversation>>>;
  /**
   * Removes the conversation and all its messages. Missing is not an error. With `etag` (H3
   * split removing a conversation it found empty) nothing is removed when the conversation changed
   * meanwhile: PreconditionFailedError.
   */
  delete(tenantId: string, id: string, etag?: string): Promise<void>;

  /** Stores a message; a message with the same id already stored is returned unchanged (idempotent). */
  addMessage(message: ConversationMessage): Promise<ConversationMessage>;
  getMessage(tenantId: string, conversationId: string, id: string): Promise<Versioned<ConversationMessage> | null>;
  /** Throws PreconditionFailedError when `etag` is stale. */
  replaceMessage(message: ConversationMessage, etag: string): Promise<Versioned<ConversationMessage>>;
  /** Removes one message (H3 split moves it to another conversation first). Missing is not an error. */
  deleteMessage(tenantId: string, conversationId: string, id: string): Promise<void>;
  /** Oldest first. */
  messagesOf(tenantId: string, conversationId: string, page: PageRequest): Promise<Page<ConversationMessage>>;
  /** Outgoing messages whose delivery is pending or whose sending lease ran out by `now`, any tenant, oldest due first. */
  dueDeliveries(now: string, limit: number): Promise<Array<Versioned<ConversationMessage>>>;
}

/** One e-mail Message-ID we have seen or sent, and where it belongs. */
export interface MailIndexEntry {
  tenantId: string;
  /** Without angle brackets, as in the header. */
  messageId: string;
  direction: 'in' | 'out';
  conversationId: string;
  messageDocId: string;
  /** Lower-cased addresses on the other side: the sender of received mail, the recipients of sent mail. */
  counterparts: string[];
  at: string;
}

export interface MailIndexRepository {
  /** Idempotent: an existing entry is left as it is and returned. */
  put(entry: MailIndexEntry): Promise<MailIndexEntry>;
  get(tenantId: string, messageId: string): Promise<MailIndexEntry | null>;
  /** Writes the entry over any existing one (H3 split: the message now lives in another conversation). */
  repoint(entry: MailIndexEntry): Promise<void>;
}

/** Which tenant and record type a support address belongs to (unique across tenants). */
export interface MailRoute {
  /** Lower-cased address. */
  address: string;
  tenantId: string;
  recordType: string;
}

export interface MailRouteRepository {
  get(address: string): Promise<MailRoute | null>;
  /** Claims the address for this tenant and type; ConflictError when another tenant or type holds it. */
  claim(route: MailRoute): Promise<void>;
  /** Frees the address if this tenant and type hold it. */
  release(route: MailRoute): Promise<void>;
}

export type { Delivery };
