/** What the bot reports about chats to the chat domain (its own file: the host and the bot both use it). */
import type { LastMessage } from '../domain/chats/chat-repository';

/** What the bot reports about chats to the chat domain. */
export interface ChatEvents {
  /** Returns true when the installation was done by hand (not by Casebridge connecting the chat). */
  appInstalled(tenantId: string, chatId: string, serviceUrl: string): Promise<boolean>;
  /** E1, E6: a message was posted in a chat (the bot receives every message where it is installed). */
  messageSeen(tenantId: string, chatId: string, message: LastMessage, text: string): Promise<void>;
  /** E6: a message was edited in Teams. */
  messageEdited(tenantId: string, chatId: string, messageId: string, text: string, at: string): Promise<void>;
  /** E6: a message was deleted in Teams. */
  messageDeleted(tenantId: string, chatId: string, messageId: string): Promise<void>;
}
