/**
 * Intro cards (B4) go out through the bot, which can only post once Teams has told it the chat's
 * address (the installation event). An intro asked for before that waits in the chat's state and
 * is posted when the address arrives; every state change is an ETag-checked write, so a request
 * and an installation racing each other cannot lose an intro.
 */
import type { Clock, Versioned } from '../shared/types';
import type { SettingsService } from '../settings/settings-service';
import type { ChatRepository, ChatState } from './chat-repository';
import type { ChatPoster } from './intro-port';
import { updateChatState, withCards } from './chat-state';
import type { PendingIntro, PostedCard } from './chat-repository';

/** How long a flush may hold an intro before another may take it (a flush that died with its process). */
export const CLAIM_EXPIRY_MS = 2 * 60_000;

export class IntroQueue {
  constructor(
    private readonly chats: ChatRepository,
    private readonly poster: ChatPoster,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Before Casebridge installs the app in a chat: note that Teams' installation event is expected
   * (no welcome note then) and queue the record's intro (B4), in one write.
   */
  async prepare(tenantId: string, chatId: string, recordId: string, recordType: string, requestedBy: string): Promise<void> {
    const wanted = (await this.settings.effective(tenantId, recordType)).introMessage.enabled;
    await this.update(tenantId, chatId, (s) => ({
      ...s,
      expectingInstall: true,
      pendingIntros:
        !wanted || s.pendingIntros.some((p) => p.recordId === recordId) || (s.introducedRecords ?? []).includes(recordId)
          ? s.pendingIntros
          : [...s.pendingIntros, { recordId, requestedBy }],
    }));
  }

  /**
   * The chat was disconnected from the record (C5): forget its intro and stop keeping its cards
   * current there, so connecting the chat to the record again introduces it again.
   */
  async forget(tenantId: string, chatId: string, recordId: string): Promise<void> {
    if (!(await this.chats.getChatState(tenantId, chatId))) return;
    await this.update(tenantId, chatId, (s) => ({
      ...s,
      pendingIntros: s.pendingIntros.filter((p) => p.recordId !== recordId),
      introducedRecords: (s.introducedRecords ?? []).filter((r) => r !== recordId),
      cards: (s.cards ?? []).filter((c) => c.recordId !== recordId),
    }));
  }

  /** After an install that found the app already there: post now, as no installation event will come. */
  async postIfInstalled(tenantId: string, chatId: string): Promise<void> {
    const current = await this.chats.getChatState(tenantId, chatId);
    if (current?.value.appInstalled) await this.flush(current);
  }

  /** Teams says the app is in the chat. Returns true when the installation was not Casebridge's own. */
  async installed(tenantId: string, chatId: string, serviceUrl: string): Promise<boolean> {
    const state = await this.update(tenantId, chatId, (s) => ({ ...s, appInstalled: true, serviceUrl }));
    const posted = await this.flush(state);
    return !state.value.expectingInstall && posted === 0;
  }

  /**
   * Posts what waits in `state` and takes it off the queue; returns how many went out. The intros
   * are claimed first (one ETag-checked write marks them), so two flushes racing — an installation
   * event and a retried connect — never post an intro twice. An intro leaves the queue only once it
   * is posted; one whose posting failed is released at once, and one whose flush died with the
   * process can be claimed again after CLAIM_EXPIRY_MS.
   */
  private async flush(state: Versioned<ChatState>): Promise<number> {
    const { tenantId, chatId, serviceUrl } = state.value;
    if (!serviceUrl || state.value.pendingIntros.length === 0) return 0;
    const now = this.clock();
    const claimable = (p: PendingIntro) => !p.claimedAt || now.getTime() - Date.parse(p.claimedAt) > CLAIM_EXPIRY_MS;
    let claimed: PendingIntro[] = [];
    await this.update(
      tenantId,
      chatId,
      (s) => {
        claimed = s.pendingIntros.filter(claimable);
        const mine = new Set(claimed.map((p) => p.recordId));
        return { ...s, pendingIntros: s.pendingIntros.map((p) => (mine.has(p.recordId) ? { ...p, claimedAt: now.toISOString() } : p)) };
      },
      state,
    );
    if (claimed.length === 0) return 0;
    const cards: PostedCard[] = [];
    const posted = new Set<string>();
    let failure: unknown;
    for (const intro of claimed) {
      try {
        const card = await this.poster.postIntro({ tenantId, chatId, serviceUrl }, intro.recordId, intro.requestedBy);
        if (card) cards.push(card);
        posted.add(intro.recordId);
      } catch (error) {
        failure ??= error;
      }
    }
    const released = new Set(claimed.filter((p) => !posted.has(p.recordId)).map((p) => p.recordId));
    let remembered: PostedCard[] = [];
    await this.update(tenantId, chatId, (s) => {
      // A record disconnected while its intro was going out is no longer queued: it stays forgotten.
      const queued = new Set(s.pendingIntros.map((p) => p.recordId));
      remembered = cards.filter((c) => queued.has(c.recordId));
      return withCards({
        ...s,
        pendingIntros: s.pendingIntros.filter((p) => !posted.has(p.recordId)).map((p) => (released.has(p.recordId) ? { recordId: p.recordId, requestedBy: p.requestedBy } : p)),
        introducedRecords: [...new Set([...(s.introducedRecords ?? []), ...[...posted].filter((r) => queued.has(r))])],
      }, remembered);
    });
    // A change of the record saved while its intro went out was redrawn before the card was known.
    if (remembered.length > 0) await this.poster.cardsRemembered?.({ tenantId, chatId, serviceUrl }, remembered);
    if (released.size > 0) throw failure;
    return posted.size;
  }

  private update(tenantId: string, chatId: string, change: (state: ChatState) => ChatState, known?: Versioned<ChatState>): Promise<Versioned<ChatState>> {
    return updateChatState(this.chats, this.clock, tenantId, chatId, change, known);
  }
}
