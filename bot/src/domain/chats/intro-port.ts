/** Posting into a chat through the bot; implemented in bot/src/teams/ (the only botbuilder folder). */

/** Where the bot can reach a chat. */
export interface ChatAddress {
  tenantId: string;
  chatId: string;
  serviceUrl: string;
}

export interface ChatPoster {
  /** Posts the record's intro card (B4) in the chat, in the language of the person who asked for it. */
  postIntro(address: ChatAddress, recordId: string, requestedBy: string): Promise<void>;
  /** D3: tells the chat's members who joined, through which record (in the joiner's language). */
  postJoined(address: ChatAddress, joinerId: string, recordId: string): Promise<void>;
}
