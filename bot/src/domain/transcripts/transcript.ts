/**
 * E6: the optional transcript of connected chats. Off by default; an admin turns it on per record
 * type with a retention period. Edits and deletions in Teams change the stored text.
 */
import type { Page, PageRequest } from '../shared/types';

export interface TranscriptMessage {
  tenantId: string;
  chatId: string;
  /** The Teams message id. */
  messageId: string;
  fromUserId: string | null;
  fromName: string;
  text: string;
  at: string;
  editedAt: string | null;
  /** When the retention period ends; the store also deletes it then (Cosmos TTL). */
  expiresAt: string;
}

export interface TranscriptRepository {
  /** Stores or replaces a message (an edit replaces the text). */
  put(message: TranscriptMessage): Promise<void>;
  /** Applies an edit if the message is stored; returns false otherwise. */
  edit(tenantId: string, chatId: string, messageId: string, text: string, editedAt: string): Promise<boolean>;
  remove(tenantId: string, chatId: string, messageId: string): Promise<void>;
  /** One kept message (a point read); null when not kept or past its retention at `now`. */
  get(tenantId: string, chatId: string, messageId: string, now: string): Promise<TranscriptMessage | null>;
  /** Oldest first; messages past `now`'s retention are never returned, whether or not the store deleted them yet. */
  list(tenantId: string, chatId: string, now: string, page: PageRequest): Promise<Page<TranscriptMessage>>;
}

/** How much of a message the timeline shows (E6). */
export const OPENING_WORDS_CHARS = 120;

/** A message's opening words as plain text: tags dropped, common entities decoded, spaces collapsed, cut at `max`. */
export function openingWords(text: string, max: number = OPENING_WORDS_CHARS): string {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}
