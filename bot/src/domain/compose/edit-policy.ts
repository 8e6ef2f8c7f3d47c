/**
 * H3 "edit a message": who may change what, and the history entry each change leaves.
 *
 * - Visibility and subject of any message: administrators only.
 * - Text: never of received mail (the customer's words stay as they came) and never of mail that
 *   went out (it is what the recipient has); an internal note's text by its author or an
 *   administrator (a note is the team's own working text, and its author fixes typos in it).
 * - Nothing of outgoing mail while it is being delivered (pending or sending): the sender holds it
 *   (its claim is the message's ETag), and an edit would overwrite the claim and send it twice.
 */
import type { ConversationMessage, MessageEdit } from '../conversations/conversation';

export interface MessageChanges {
  visibility?: 'external' | 'internal' | undefined;
  subject?: string | undefined;
  text?: string | undefined;
}

export interface EditActor {
  userId: string;
  userName: string;
  admin: boolean;
}

/** Why a change is refused. */
export type EditRefusal = 'adminOnly' | 'receivedText' | 'sentText' | 'notAuthor' | 'delivering';

/** Outgoing mail the sender has yet to finish (a 409 until it is sent or has failed). */
export function isDelivering(message: ConversationMessage): boolean {
  return message.delivery?.state === 'pending' || message.delivery?.state === 'sending';
}

/** Null when `actor` may make all of `changes` to `message`; otherwise the first reason not to. */
export function editRefusal(actor: EditActor, message: ConversationMessage, changes: MessageChanges): EditRefusal | null {
  if ((changes.visibility !== undefined || changes.subject !== undefined) && !actor.admin) return 'adminOnly';
  if (isDelivering(message)) return 'delivering';
  if (changes.text === undefined) return null;
  if (message.direction === 'in') return 'receivedText';
  if (message.visibility !== 'internal' || message.delivery !== null) return 'sentText';
  const author = message.author.kind === 'user' && message.author.userId === actor.userId;
  return author || actor.admin ? null : 'notAuthor';
}

/** The history entries of the fields that really change (old → new). */
export function editsOf(message: ConversationMessage, changes: MessageChanges, actor: EditActor, at: string): MessageEdit[] {
  const edits: MessageEdit[] = [];
  const add = (field: MessageEdit['field'], from: string, to: string | undefined) => {
    if (to !== undefined && to !== from) edits.push({ at, userId: actor.userId, userName: actor.userName, field, from, to });
  };
  add('visibility', message.visibility, changes.visibility);
  add('subject', message.subject, changes.subject);
  add('text', message.text, changes.text);
  return edits;
}

/** The message with the edits applied and recorded. */
export function applyEdits(message: ConversationMessage, edits: readonly MessageEdit[]): ConversationMessage {
  const next: ConversationMessage = { ...message, edits: [...(message.edits ?? []), ...edits] };
  for (const edit of edits) {
    if (edit.field === 'visibility') next.visibility = edit.to === 'internal' ? 'internal' : 'external';
    if (edit.field === 'subject') next.subject = edit.to;
    if (edit.field === 'text') {
      next.text = edit.to;
      next.visibleText = edit.to;
    }
  }
  return next;
}
