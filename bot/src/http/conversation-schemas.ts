/** Schemas of the conversation routes (H1, H4): the API shape of conversations and messages. */
import { z } from 'zod';
import { CHANNELS } from '../domain/conversations/conversation';

const Address = z.object({ name: z.string(), address: z.string() });

export const AttachmentView = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  inline: z.boolean(),
  /** Download (with your token; the record's read access is checked). */
  url: z.string(),
});

export const MessageView = z.object({
  id: z.string(),
  direction: z.enum(['in', 'out']),
  visibility: z.enum(['external', 'internal']),
  author: z.object({ kind: z.enum(['person', 'user', 'system']), id: z.string().nullable(), name: z.string() }),
  from: Address.nullable(),
  to: z.array(Address),
  cc: z.array(Address),
  subject: z.string(),
  /** The whole text as received or sent. */
  text: z.string(),
  /** The text with quoted earlier messages trimmed (for display). */
  visibleText: z.string(),
  /** Sanitized HTML (scripts, handlers and remote images removed), or null. */
  html: z.string().nullable(),
  attachments: z.array(AttachmentView),
  mail: z.object({ messageId: z.string(), inReplyTo: z.string().nullable() }).nullable(),
  automatic: z.enum(['autoReply', 'bulk', 'bounce', 'deliveryReport', 'ownAddress']).nullable(),
  delivery: z.object({ state: z.enum(['pending', 'sending', 'sent', 'failed']), attempts: z.number().int(), lastError: z.string().nullable(), sentAt: z.string().nullable() }).nullable(),
  purpose: z.enum(['acknowledgement', 'reply', 'forward']).nullable(),
  createdAt: z.string(),
  /** H3: changes made after it was written (visibility, subject, a note's text), oldest first. */
  edits: z.array(z.object({ at: z.string(), userId: z.string(), userName: z.string(), field: z.enum(['visibility', 'subject', 'text']), from: z.string(), to: z.string() })),
  /** H2: the caller flagged this message (per user; in the record's conversation list). */
  flagged: z.boolean().optional(),
});

export const ConversationView = z.object({
  id: z.string(),
  channel: z.enum(CHANNELS),
  /** H4: the ticket (this record) — a conversation has at most one and keeps it. */
  ticketId: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  owner: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  subject: z.string(),
  person: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }).nullable(),
  mailbox: z.string().nullable(),
  createdAt: z.string(),
  lastMessageAt: z.string(),
  messages: z.array(MessageView),
});

export const ConversationList = z.object({ items: z.array(ConversationView) });

export const AttachmentParams = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/),
  conversationId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,160}$/),
  messageId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,160}$/),
  attachmentId: z.string().regex(/^[0-9]{1,4}$/),
});

export const PhoneCallCreate = z
  .object({
    personId: z.string().min(1).max(128).optional(),
    caller: z
      .object({
        name: z.string().trim().min(1).max(200),
        email: z.email().max(254).nullable().optional(),
        phone: z.string().trim().regex(/^\+?[0-9 ()./-]{4,30}$/).nullable().optional(),
      })
      .strict()
      .optional(),
    subject: z.string().trim().min(1).max(200),
    notes: z.string().max(20_000).default(''),
    type: z.string().regex(/^[a-z][a-z0-9]{1,39}$/).default('case'),
  })
  .strict();
