/**
 * The per-message actions the conversations section offers its messages (Reply, Forward,
 * Flag/Unflag, Edit), handed down through context so the cards between need not know of them.
 */
import { createContext, useContext } from 'react';
import type { ConversationMessage } from '../../api/types';

export interface MessageActions {
  /** The caller may write the case (reply, forward, note). */
  canWrite: boolean;
  reply(message: ConversationMessage): void;
  forward(message: ConversationMessage): void;
  edit(message: ConversationMessage): void;
  setFlag(message: ConversationMessage, flagged: boolean): Promise<void>;
}

export const MessageActionsContext = createContext<MessageActions | null>(null);

/** The actions, or null where the messages are shown without them. */
export function useMessageActions(): MessageActions | null {
  return useContext(MessageActionsContext);
}
