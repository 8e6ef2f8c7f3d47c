/** How much an agent may attach to one reply or forward (sent through mail providers with limits). */
import type { MessageAttachment } from '../conversations/conversation';

/** Files an agent may add to one message. */
export const MAX_ATTACHMENTS = 10;
/**
 * Bytes of an agent's new files in one request (after base64 decoding): the most any mail provider
 * takes. What one message may really carry is the provider's own limit (ComposeDeps.maxAttachmentBytes),
 * checked with the forwarded files added.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** The JSON body of a compose request may carry the files base64-encoded, plus the text. */
export const COMPOSE_MAX_BODY_BYTES = Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 512 * 1024;

/** A file an agent attaches, decoded. */
export interface NewAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** Which limit the files of a message break. */
export interface OverLimit {
  limit: 'count' | 'bytes';
  max: number;
}

/** The files of one message are over a limit (413 at the edge, naming it). Nothing was written. */
export class AttachmentsTooLargeError extends Error {
  constructor(readonly over: OverLimit) {
    super(`attachments over the ${over.limit} limit (${over.max})`);
    this.name = 'AttachmentsTooLargeError';
  }
}

/** Null when the files fit; otherwise which limit they break. `carried`: files a forward takes along. */
export function attachmentOverLimit(files: readonly NewAttachment[], maxBytes = MAX_ATTACHMENT_BYTES, carried: readonly MessageAttachment[] = []): OverLimit | null {
  if (files.length > MAX_ATTACHMENTS) return { limit: 'count', max: MAX_ATTACHMENTS };
  const total = files.reduce((sum, f) => sum + f.content.length, 0) + carried.reduce((sum, a) => sum + a.size, 0);
  return total > maxBytes ? { limit: 'bytes', max: maxBytes } : null;
}

/** Throws AttachmentsTooLargeError when the files of a message break a limit. */
export function checkAttachments(files: readonly NewAttachment[], maxBytes: number, carried: readonly MessageAttachment[] = []): void {
  const over = attachmentOverLimit(files, maxBytes, carried);
  if (over) throw new AttachmentsTooLargeError(over);
}
