/** Posting into a chat through the bot; implemented in bot/src/teams/ (the only botbuilder folder). */

/** Where the bot can reach a chat. */
export interface ChatAddress {
  tenantId: string;
  chatId: string;
  serviceUrl: string;
}

export interface ChatPoster {
  /** Posts the record's intro card (B4) in the chat. */
  postIntro(address: ChatAddress, recordId: string): Promise<void>;
}
