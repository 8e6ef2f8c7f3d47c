/**
 * I4: draws the transfer card of one session for one reader from the session as it is now — whose
 * copy it is (colleague, agent, asking manager), the customer, the site, their last messages (only
 * while it is pending), the names of the people involved and the outcome. Shared by the posting
 * (session-teams.ts) and the card's buttons (session-card-actions.ts), so every copy says the same thing.
 */
import { MAX_CARD_MESSAGES, transferCard, type TransferCard, type TransferCardRole, type TransferOutcome } from '../cards/transfer-card';
import type { Caller } from '../domain/access/access';
import type { DirectoryRepository } from '../domain/access/directory-repository';
import type { ChatSiteRepository } from '../domain/sessions/ports';
import type { ChatSession, Transfer } from '../domain/sessions/session';
import { isManager } from '../domain/sessions/session-policies';
import type { Locale } from '../domain/shared/types';
import { t } from '../i18n/catalog';

export interface TransferCardViewDeps {
  directory: Pick<DirectoryRepository, 'getUsers'>;
  sites: Pick<ChatSiteRepository, 'get'>;
}

/** The transfer `transferId` of the session: the pending one or a decided one; null when it has none by that id. */
export function transferOf(session: ChatSession, transferId: string): Transfer | null {
  if (session.transfer?.id === transferId) return session.transfer;
  return session.transfers.find((x) => x.id === transferId) ?? null;
}

/** Whose copy `userId` reads; null for someone the transfer does not concern (they see nothing of it). */
export function transferRole(transfer: Transfer, userId: string): TransferCardRole | null {
  if (userId === transfer.toUserId) return 'colleague';
  if (userId === transfer.fromUserId) return 'agent';
  if (userId === transfer.byUserId) return 'manager';
  return null;
}

/** What happened to the transfer, by user id: a cancel the transfer itself records as a takeover (I5) says so. */
export function transferOutcomeIds(transfer: Transfer): { kind: TransferOutcome['kind']; by: string | null } {
  switch (transfer.status) {
    case 'pending': return { kind: 'pending', by: null };
    case 'accepted': return { kind: 'accepted', by: transfer.decidedBy };
    case 'declined': return { kind: 'declined', by: transfer.decidedBy };
    case 'expired': return { kind: 'expired', by: null };
    case 'cancelled': return transfer.decidedAs === 'takeover' ? { kind: 'takenOver', by: transfer.decidedBy } : { kind: 'cancelled', by: transfer.decidedBy };
  }
}

/** The customer's own messages among the session's recent entries, newest last. */
export function customerLines(session: ChatSession): string[] {
  return session.recent.filter((e) => e.kind === 'customer' && e.text.trim() !== '').slice(-MAX_CARD_MESSAGES).map((e) => e.text);
}

export class TransferCardView {
  constructor(private readonly deps: TransferCardViewDeps) {}

  /** Display names of the people a transfer names, keyed by id (unknown ids are left out). */
  async names(tenantId: string, transfer: Transfer): Promise<Map<string, string>> {
    const ids = [...new Set([transfer.fromUserId, transfer.toUserId, transfer.byUserId, ...(transfer.decidedBy ? [transfer.decidedBy] : [])])];
    const users = await this.deps.directory.getUsers(tenantId, ids);
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  /**
   * Whether the caller still has their part in a pending transfer (what a refresh shows them): the
   * colleague it is offered to, the agent who still handles the session, or the asker who is still
   * a manager of it. A decided transfer's people keep seeing its (final) outcome.
   */
  async stillInvolved(caller: Caller, session: ChatSession, transfer: Transfer): Promise<boolean> {
    if (transfer.status !== 'pending') return transferRole(transfer, caller.user.id) !== null;
    if (caller.user.id === transfer.toUserId) return true;
    if (caller.user.id === transfer.fromUserId && session.agentId === caller.user.id) return true;
    if (caller.user.id !== transfer.byUserId) return false;
    const site = await this.deps.sites.get(session.tenantId, session.siteId);
    return site !== null && isManager(caller, session, site.recordType);
  }

  /** The card `readerId` sees of the transfer (the read-only view when they are none of its people). */
  async render(session: ChatSession, transfer: Transfer, readerId: string, locale: Locale, options: { refreshUserIds: string[]; note?: { text: string; tone: 'good' | 'warning' } | undefined }): Promise<TransferCard> {
    const [names, site] = await Promise.all([this.names(session.tenantId, transfer), this.deps.sites.get(session.tenantId, session.siteId)]);
    const nameOf = (id: string | null) => (id ? names.get(id) : undefined) ?? t(locale, 'sessioncards.someone');
    const ids = transferOutcomeIds(transfer);
    const pending = transfer.status === 'pending';
    const outcome: TransferOutcome = ids.kind === 'accepted' || ids.kind === 'declined' || ids.kind === 'takenOver' ? { kind: ids.kind, by: nameOf(ids.by) } : { kind: ids.kind };
    return transferCard({
      locale,
      data: { v: 1, sid: session.id, tid: transfer.id },
      role: transferRole(transfer, readerId) ?? 'reader',
      customerName: session.visitor.name,
      verified: session.visitor.verified,
      siteName: site?.name ?? session.siteId,
      // The customer's words only while it waits: never newer ones on a decided card.
      messages: pending ? customerLines(session) : [],
      fromName: nameOf(transfer.fromUserId),
      byName: transfer.byUserId !== transfer.fromUserId ? nameOf(transfer.byUserId) : null,
      toName: nameOf(transfer.toUserId),
      outcome,
      note: options.note,
      refreshUserIds: pending ? options.refreshUserIds : [],
    });
  }
}
