/** What the message menu offers, mirroring the service's rules (domain/compose/edit-policy.ts). */
import type { ConversationMessage } from '../../api/types';

/** A note's text: its author or an administrator; received and sent text: never. */
export function canEditText(message: ConversationMessage, userId: string, admin: boolean): boolean {
  if (message.visibility !== 'internal' || message.direction === 'in' || message.delivery !== null) return false;
  return admin || (message.author.kind === 'user' && message.author.id === userId);
}

/** Edit is offered to administrators, and to a note's author. */
export function canEdit(message: ConversationMessage, userId: string, admin: boolean): boolean {
  return admin || canEditText(message, userId, admin);
}
