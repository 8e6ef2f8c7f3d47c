/**
 * Intro cards (B4) go out through the bot, which can only post once Teams has told it the chat's
 * address (the installation event). An intro asked for before that waits in the chat's state and
 * is posted when the address arrives; every state change is an ETag-checked write, so a request
 * and an installation racing each other cannot lose an intro.
 */
import { ConflictError, PreconditionFailedError } from '../shared/errors';
import type { Clock } from '../shared/types';
import type { SettingsService } from '../settings/settings-service';
import type { ChatRepository, ChatState } from './chat-repository';
import type { ChatPoster } from './intro-port';

export class IntroQueue {
  constructor(
    private readonly chats: ChatRepository,
    private readonly poster: ChatPoster,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  /** Posts the record's intro in the chat now if the bot can, or when it can. */
  async request(tenantId: string, chatId: string, recordId: string, recordType: string, requestedBy: string): Promise<void> {
    if (!(await this.settings.effective(tenantId, recordType)).introMessage.enabled) return;
    const state = await this.update(tenantId, chatId, (s) => ({
      ...s,
      pendingIntros: s.pendingIntros.some((p) => p.recordId === recordId) ? s.pendingIntros : [...s.pendingIntros, { recordId, requestedBy }],
    }));
    if (state.appInstalled && state.serviceUrl) await this.flush(tenantId, chatId);
  }

  /** The app is in the chat at this address: post whatever waits. */
  /** Notes that Casebridge is about to install the app in the chat (so Teams' event is expected). */
  async expectInstall(tenantId: string, chatId: string): Promise<void> {
    await this.update(tenantId, chatId, (s) => ({ ...s, expectingInstall: true }));
  }

  /** Returns true when the installation was not Casebridge's own (someone added the app by hand). */
  async installed(tenantId: string, chatId: string, serviceUrl: string): Promise<boolean> {
    const before = await this.update(tenantId, chatId, (s) => ({ ...s, appInstalled: true, serviceUrl }));
    const posted = await this.flush(tenantId, chatId);
    return !before.expectingInstall && posted === 0;
  }

  private async flush(tenantId: string, chatId: string): Promise<number> {
    const current = await this.chats.getChatState(tenantId, chatId);
    const serviceUrl = current?.value.serviceUrl;
    if (!current || !serviceUrl) return 0;
    const posted: string[] = [];
    for (const intro of current.value.pendingIntros) {
      await this.poster.postIntro({ tenantId, chatId, serviceUrl }, intro.recordId, intro.requestedBy);
      posted.push(intro.recordId);
    }
    if (posted.length > 0) {
      await this.update(tenantId, chatId, (s) => ({ ...s, pendingIntros: s.pendingIntros.filter((p) => !posted.includes(p.recordId)) }));
    }
    return posted.length;
  }

  /** Read-modify-write with the ETag, retried on a race. */
  private async update(tenantId: string, chatId: string, change: (state: ChatState) => ChatState): Promise<ChatState> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const now = this.clock().toISOString();
      const current = await this.chats.getChatState(tenantId, chatId);
      try {
        if (!current) {
          const fresh: ChatState = { tenantId, chatId, serviceUrl: null, appInstalled: false, expectingInstall: false, pendingIntros: [], updatedAt: now };
          return (await this.chats.createChatState({ ...change(fresh), updatedAt: now })).value;
        }
        return (await this.chats.replaceChatState({ ...change(current.value), updatedAt: now }, current.etag)).value;
      } catch (error) {
        if (!(error instanceof ConflictError || error instanceof PreconditionFailedError)) throw error;
      }
    }
    throw new ConflictError('error.conflict');
  }
}
