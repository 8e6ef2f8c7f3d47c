/**
 * Customer conversations (H4): one customer thread on one channel, with its messages. A ticket is
 * a `case` record; a conversation has at most one, and cannot be unlinked from it (ticket-rules.ts).
 */

export const CHANNELS = ['email', 'webform', 'phone', 'chat'] as const;
export type Channel = (typeof CHANNELS)[number];

export type ConversationStatus = 'open' | 'closed';

/** An e-mail address with its display name (lower-cased address). */
export interface MailAddress {
  name: string;
  address: string;
}

/** One customer thread on one channel. */
export interface Conversation {
  id: string;
  tenantId: string;
  channel: Channel;
  /** The ticket (a `case` record id); set once, never cleared (H4). */
  ticketId: string | null;
  ownerId: string | null;
  status: ConversationStatus;
  subject: string;
  /** The customer. */
  personId: string | null;
  /** E-mail: the support address the thread runs through (our side of it). */
  mailbox: string | null;
  createdAt: string;
  updatedAt: string;
  lastMessageAt: string;
  messageCount: number;
  /**
   * H1: a customer's reply on this closed thread started a new linked record; later mail on this
   * thread goes there too (instead of one new record per reply).
   */
  continuedIn?: { conversationId: string; recordId: string } | undefined;
}

/** A file that came with (or goes out with) a message; its bytes are in the blob store. */
export interface MessageAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  /** Name in the `attachments` blob container. */
  blobName: string;
  /** `cid:` reference from inline HTML, if any. */
  contentId: string | null;
  inline: boolean;
}

export type MessageAuthor =
  | { kind: 'person'; personId: string; name: string }
  | { kind: 'user'; userId: string; name: string }
  | { kind: 'system' };

/** What automatic mail a received message was (stored, never acknowledged). */
export type AutomaticKind = 'autoReply' | 'bulk' | 'bounce' | 'deliveryReport' | 'ownAddress';

/** Outgoing mail's delivery: retried until sent, every failure visible on the message. */
export interface Delivery {
  state: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  /** When the next try is due (pending) or the lease of the instance sending it ends (sending). */
  nextAttemptAt: string;
  sentAt: string | null;
}

export interface ConversationMessage {
  id: string;
  tenantId: string;
  conversationId: string;
  /** The ticket when the message was written (for the timeline). */
  recordId: string | null;
  direction: 'in' | 'out';
  visibility: 'external' | 'internal';
  author: MessageAuthor;
  from: MailAddress | null;
  /**
   * J2: outgoing mail written by a delegate for a delegator: the delegate, at the same mailbox
   * (RFC 5322 §3.6.2 Sender; `from` is the delegator). Absent: From is who wrote it.
   */
  sender?: MailAddress | undefined;
  to: MailAddress[];
  cc: MailAddress[];
  /** Outgoing mail only: blind copies (envelope only, never in the sent headers). */
  bcc?: MailAddress[] | undefined;
  subject: string;
  /** The whole plain text (received text is never altered). */
  text: string;
  /** The text with quoted replies trimmed, for display. */
  visibleText: string;
  /** Sanitized HTML, or null. */
  html: string | null;
  attachments: MessageAttachment[];
  /** E-mail threading. */
  mail: { messageId: string; inReplyTo: string | null; references: string[] } | null;
  /** Name of the raw MIME in the `rawmail` blob container (received mail). */
  rawBlobName: string | null;
  /** Received automatic mail, and what kind. */
  automatic: AutomaticKind | null;
  /** Outgoing e-mail only. */
  delivery: Delivery | null;
  /** For outgoing mail: why it was sent (`acknowledgement`, `reply`, `forward`). */
  purpose: 'acknowledgement' | 'reply' | 'forward' | null;
  createdAt: string;
  /**
   * H3: changes made to the message after it was written (who, when, old → new), oldest first.
   * Received text is never changed (domain/compose/edit-policy.ts). Absent: never edited.
   * (Issue 14 may add a `private` flag for notes next to `visibility`; not built here.)
   */
  edits?: MessageEdit[] | undefined;
}

/** One change of one property of a message (H3 edit history). */
export interface MessageEdit {
  at: string;
  /** The user who changed it. */
  userId: string;
  userName: string;
  field: 'visibility' | 'subject' | 'text';
  from: string;
  to: string;
}
