/** Posting into a chat through the bot; implemented in bot/src/teams/ (the only botbuilder folder). */
import type { PostedCard } from './chat-repository';

/** Where the bot can reach a chat. */
export interface ChatAddress {
  tenantId: string;
  chatId: string;
  serviceUrl: string;
}

export interface ChatPoster {
  /**
   * Posts the record's intro card (B4) in the chat, its shared copy in the chat's language
   * (chat-language.ts; each member's refresh shows their own); returns the posted card (null when the record is gone) so it is kept current (F5).
   */
  postIntro(address: ChatAddress, recordId: string, requestedBy: string): Promise<PostedCard | null>;
  /**
   * F5: the posted cards are remembered in the chat's state now. A change of their record saved
   * while they went out was redrawn before they were known, so a poster that keeps cards current
   * redraws them when their record has moved on since (card-redraw.ts, case 4).
   */
  cardsRemembered?(address: ChatAddress, cards: readonly PostedCard[]): Promise<void>;
  /** D3: tells the chat's members who joined, through which record (in the chat's language, not the joiner's). */
  postJoined(address: ChatAddress, joinerId: string, recordId: string): Promise<void>;
}
