/**
 * I4 and I1 in Teams: the buttons of the transfer card and of the status card — `adaptiveCard/action`
 * invokes whose verb starts with `session.`, dispatched through one typed table. The card's data
 * names only the session and the transfer; who acts comes from the activity (tenant and Entra
 * object id), and the decision is the sessions service's (one conditional write decides a race, I7).
 * The answer is the card as it stands now for the presser, in their profile's language as the posted
 * copies are: the outcome, and a line saying what their press did or what had happened first (or
 * "try again" when the write lost a race while the transfer still waits). Someone the transfer does
 * not concern, or no longer concerns while it waits, learns nothing of it. Also the personal chat's
 * "status" command, in English, Danish and Swedish.
 */
import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/adaptive-card';
import { STATUS_VERB, statusCard, statusLabel, type StatusCard } from '../cards/status-card';
import { goneTransferCard, safeName, sentence, TRANSFER_VERBS, type TransferCard } from '../cards/transfer-card';
import type { Caller } from '../domain/access/access';
import type { CallerService } from '../domain/access/caller-service';
import type { SessionRepository, SessionsApi } from '../domain/sessions/ports';
import { AGENT_STATUSES, type AgentStatus, type ChatSession, type Transfer } from '../domain/sessions/session';
import { ConflictError, DomainError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../domain/shared/errors';
import type { Locale } from '../domain/shared/types';
import { resolveLocale, t } from '../i18n/catalog';
import type { CardInvoke } from './card-actions';
import { transferOf, transferOutcomeIds, transferRole, type TransferCardView } from './transfer-card-view';

export interface SessionCardActionDeps {
  api: Pick<SessionsApi, 'accept' | 'decline' | 'cancel' | 'setStatus' | 'agents'>;
  /** Read back by id for drawing the card (the presser must be one of the transfer's people). */
  sessions: Pick<SessionRepository, 'get'>;
  callers: Pick<CallerService, 'find'>;
  view: TransferCardView;
  logger: Logger;
}

const Id = z.string().min(1).max(128);
/** The transfer card's data: ids only (anything else Teams merges in is ignored). */
const TransferData = z.object({ v: z.literal(1), sid: Id, tid: Id });
const StatusData = z.object({ v: z.literal(1), status: z.enum(AGENT_STATUSES) });

const InvokeValue = z.object({
  action: z.object({ type: z.literal('Action.Execute'), verb: z.string().max(200), data: z.unknown().optional() }),
});

type SessionVerb = (typeof TRANSFER_VERBS)[keyof typeof TRANSFER_VERBS] | typeof STATUS_VERB;
const VERBS: readonly string[] = [...Object.values(TRANSFER_VERBS), STATUS_VERB];
const isSessionVerb = (name: string): name is SessionVerb => VERBS.includes(name);

/** Whether an `adaptiveCard/action` invoke is for a customer-chat card. */
export function isSessionCardInvoke(value: unknown): boolean {
  const parsed = InvokeValue.safeParse(value);
  return parsed.success && parsed.data.action.verb.startsWith('session.');
}

/** What the personal chat answers a status command with. */
export type StatusAnswer = { kind: 'card'; card: StatusCard } | { kind: 'text'; text: string };

/** The status words people write, in every language (lower case). */
const STATUS_WORDS: Record<string, AgentStatus> = {
  present: 'present', available: 'present', away: 'away', busy: 'busy', offline: 'offline',
  'til stede': 'present', tilstede: 'present', 'tilgængelig': 'present', 'væk': 'away', optaget: 'busy',
  'närvarande': 'present', 'tillgänglig': 'present', borta: 'away', upptagen: 'busy',
};

/**
 * "status", "status away", "Status: til stede!" → the command; anything else → null. Words with a
 * digit or a slash ("status CAS-01002", a link) are not a status: they go on to the record lookup.
 */
export function parseStatusCommand(text: string): { status: AgentStatus | null; word: string } | null {
  const match = /^status\b[\s:]*(.*)$/iu.exec(text.trim());
  if (!match) return null;
  const word = (match[1] ?? '').replace(/[.!?]+$/u, '').replace(/\s+/gu, ' ').trim().toLowerCase();
  if (word === '') return { status: null, word };
  if (/[\d/]/u.test(word)) return null;
  return { status: STATUS_WORDS[word] ?? null, word };
}

type Note = { text: string; tone: 'good' | 'warning' };
type Decision = 'accept' | 'decline' | 'cancel';

const cardResponse = (card: TransferCard | StatusCard | ReturnType<typeof goneTransferCard>): AdaptiveCardInvokeResponse => ({ statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: { ...card } });

function errorResponse(code: 'badRequest' | 'unknownVerb', message: string): AdaptiveCardInvokeResponse {
  return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code, message } };
}

export class SessionCardActions {
  constructor(private readonly deps: SessionCardActionDeps) {}

  private readonly verbs: Record<SessionVerb, (caller: Caller, data: unknown, invoke: CardInvoke, locale: Locale) => Promise<AdaptiveCardInvokeResponse>> = {
    'session.transfer.refresh': (caller, data, invoke, locale) => this.transfer(caller, data, invoke, locale, null),
    'session.transfer.accept': (caller, data, invoke, locale) => this.transfer(caller, data, invoke, locale, 'accept'),
    'session.transfer.decline': (caller, data, invoke, locale) => this.transfer(caller, data, invoke, locale, 'decline'),
    'session.transfer.cancel': (caller, data, invoke, locale) => this.transfer(caller, data, invoke, locale, 'cancel'),
    'session.status': (caller, data, _invoke, locale) => this.status(caller, data, locale),
  };

  async handle(received: CardInvoke): Promise<AdaptiveCardInvokeResponse> {
    const asked = received.locale ?? 'en';
    const value = InvokeValue.safeParse(received.value);
    if (!value.success) return errorResponse('badRequest', t(asked, 'card.error.malformed'));
    const name = value.data.action.verb;
    if (!isSessionVerb(name)) return errorResponse('unknownVerb', t(asked, 'card.error.unknownVerb', { verb: name.slice(0, 40) }));
    if (!received.tenantId || !received.userId) return errorResponse('badRequest', t(asked, 'card.error.malformed'));
    const caller = await this.deps.callers.find(received.tenantId, received.userId);
    if (!caller) return errorResponse('badRequest', t(asked, 'sessioncards.unknownUser'));
    // Transfer cards: the profile's language first, as their posted copies; the status card answers in the chat's.
    const profile = caller.user.locale ? resolveLocale(caller.user.locale) : null;
    const locale = name === STATUS_VERB ? (received.locale ?? profile ?? 'en') : (profile ?? received.locale ?? 'en');
    return this.verbs[name](caller, value.data.action.data, received, locale);
  }

  /** A transfer card's button (or its refresh, `decision` null): decide, then draw what stands now. */
  private async transfer(caller: Caller, raw: unknown, invoke: CardInvoke, locale: Locale, decision: Decision | null): Promise<AdaptiveCardInvokeResponse> {
    const data = TransferData.safeParse(raw);
    if (!data.success) return errorResponse('badRequest', t(locale, 'card.error.malformed'));
    const { sid, tid } = data.data;
    let found = await this.read(caller, sid, tid);
    if (!found) return cardResponse(goneTransferCard(locale));
    // A refresh while it waits: only for someone who still has their part (not an asker who lost the manager's rights).
    if (!decision && !(await this.deps.view.stillInvolved(caller, found.session, found.transfer))) return cardResponse(goneTransferCard(locale));
    let note: Note | undefined;
    if (decision) {
      const refusal = this.gate(found.transfer, caller.user.id, decision);
      if (refusal) {
        note = await this.refusalNote(found.session, found.transfer, refusal, locale);
      } else {
        try {
          await this.deps.api[decision](caller, sid, tid);
          this.deps.logger.info({ tenant: caller.tenantId, session: sid, transfer: tid, decision }, 'transfer decided from a card');
          const session = await this.read(caller, sid, tid);
          if (session) found = session;
          note = this.doneNote(found.transfer, decision, locale, await this.deps.view.names(caller.tenantId, found.transfer));
        } catch (error) {
          found = (await this.read(caller, sid, tid)) ?? found;
          note = await this.failureNote(caller, found, error, locale);
        }
      }
    }
    // The presser's own view refreshes for them only, and only while it waits (the view leaves it out once decided).
    const refreshUserIds = invoke.botUserId ? [invoke.botUserId] : [];
    return cardResponse(await this.deps.view.render(found.session, found.transfer, caller.user.id, locale, { refreshUserIds, note }));
  }

  /** The session and transfer, for one of the transfer's people; null for anyone else, or when there is none. */
  private async read(caller: Caller, sessionId: string, transferId: string): Promise<{ session: ChatSession; transfer: Transfer } | null> {
    const found = await this.deps.sessions.get(caller.tenantId, sessionId);
    const transfer = found ? transferOf(found.value, transferId) : null;
    if (!found || !transfer || transferRole(transfer, caller.user.id) === null) return null;
    return { session: found.value, transfer };
  }

  /** Why this press cannot decide, before asking the service: already decided, or not the presser's to decide. */
  private gate(transfer: Transfer, userId: string, decision: Decision): 'decided' | 'notColleague' | 'notOfferer' | null {
    if (transfer.status !== 'pending') return 'decided';
    const role = transferRole(transfer, userId);
    if (decision !== 'cancel' && role !== 'colleague') return 'notColleague';
    if (decision === 'cancel' && role !== 'agent' && role !== 'manager') return 'notOfferer';
    return null;
  }

  private async refusalNote(session: ChatSession, transfer: Transfer, refusal: 'decided' | 'notColleague' | 'notOfferer', locale: Locale): Promise<Note> {
    if (refusal === 'decided') return this.alreadyNote(session, transfer, locale, await this.deps.view.names(session.tenantId, transfer));
    if (refusal === 'notColleague') {
      const names = await this.deps.view.names(session.tenantId, transfer);
      return { text: sentence(t(locale, 'sessioncards.note.notAllowed', { name: this.nameIn(names, transfer.toUserId, locale) })), tone: 'warning' };
    }
    return { text: t(locale, 'sessioncards.note.refused'), tone: 'warning' };
  }

  /** What had happened first (the press lost the race, or came after the decision). */
  private alreadyNote(session: ChatSession, transfer: Transfer, locale: Locale, names: Map<string, string>): Note {
    const outcome = transferOutcomeIds(transfer);
    const name = this.nameIn(names, outcome.by, locale);
    switch (outcome.kind) {
      case 'accepted': return { text: t(locale, 'sessioncards.already.accepted', { name }), tone: 'warning' };
      case 'declined': return { text: t(locale, 'sessioncards.already.declined', { name }), tone: 'warning' };
      case 'takenOver': return { text: t(locale, 'sessioncards.already.takenOver', { name }), tone: 'warning' };
      case 'cancelled': return { text: t(locale, 'sessioncards.already.cancelled'), tone: 'warning' };
      case 'expired': return { text: t(locale, 'sessioncards.already.expired'), tone: 'warning' };
      case 'pending': return { text: t(locale, 'sessioncards.note.failed'), tone: 'warning' };
    }
  }

  private doneNote(transfer: Transfer, decision: Decision, locale: Locale, names: Map<string, string>): Note {
    if (decision === 'accept') return { text: t(locale, 'sessioncards.note.accepted'), tone: 'good' };
    if (decision === 'decline') return { text: sentence(t(locale, 'sessioncards.note.declined', { from: this.nameIn(names, transfer.fromUserId, locale) })), tone: 'good' };
    return { text: t(locale, 'sessioncards.note.cancelled'), tone: 'good' };
  }

  /** A name for a note: escaped and clipped as the card's own names; "someone" when unknown. */
  private nameIn(names: Map<string, string>, id: string | null, locale: Locale): string {
    const name = id ? names.get(id) : undefined;
    return name ? safeName(name) : t(locale, 'sessioncards.someone');
  }

  /** The service said no: the race was lost (what won), the presser may not (refused), or it failed (logged). */
  private async failureNote(caller: Caller, found: { session: ChatSession; transfer: Transfer }, error: unknown, locale: Locale): Promise<Note> {
    if ((error instanceof ConflictError || error instanceof PreconditionFailedError) && found.transfer.status !== 'pending') {
      return this.alreadyNote(found.session, found.transfer, locale, await this.deps.view.names(caller.tenantId, found.transfer));
    }
    if ((error instanceof ConflictError || error instanceof PreconditionFailedError) && found.session.status !== 'closed') {
      // The write lost a race, yet the transfer still waits (the session changed meanwhile): a new press may work.
      this.deps.logger.info({ tenant: caller.tenantId, session: found.session.id, reason: error.messageKey }, 'transfer decision lost a race; still pending');
      return { text: t(locale, 'sessioncards.note.retry'), tone: 'warning' };
    }
    if (error instanceof ForbiddenError || error instanceof NotFoundError || error instanceof DomainError) {
      this.deps.logger.info({ tenant: caller.tenantId, session: found.session.id, reason: error.messageKey }, 'transfer decision refused');
      return { text: t(locale, 'sessioncards.note.refused'), tone: 'warning' };
    }
    this.deps.logger.error({ err: error, tenant: caller.tenantId, session: found.session.id }, 'transfer card action failed');
    return { text: t(locale, 'sessioncards.note.failed'), tone: 'warning' };
  }

  /** A status card's button. */
  private async status(caller: Caller, raw: unknown, locale: Locale): Promise<AdaptiveCardInvokeResponse> {
    const data = StatusData.safeParse(raw);
    if (!data.success) return errorResponse('badRequest', t(locale, 'card.error.malformed'));
    const answer = await this.setStatus(caller, data.data.status, locale);
    return cardResponse(statusCard({ locale, status: answer.status, note: answer.note }));
  }

  private async setStatus(caller: Caller, wanted: AgentStatus, locale: Locale): Promise<{ status: AgentStatus; note: Note }> {
    try {
      // From the bot: not the app's heartbeat, so the status counts only while the tab is open (I1).
      const { status, appOpen } = await this.deps.api.setStatus(caller, wanted, 'bot');
      const text = t(locale, 'sessioncards.status.set', { status: statusLabel(locale, wanted) });
      if (wanted === 'offline' || (appOpen && status === wanted)) return { status, note: { text, tone: 'good' } };
      const why = wanted === 'present' ? t(locale, 'sessioncards.status.openTab') : t(locale, 'sessioncards.status.needsApp');
      return { status, note: { text: `${text} ${why}`, tone: 'warning' } };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { status: 'offline', note: { text: t(locale, 'sessioncards.status.notAgent'), tone: 'warning' } };
    }
  }

  /** The personal chat's "status" command; null when the text is not one. */
  async statusCommand(tenantId: string, userId: string, locale: Locale, text: string): Promise<StatusAnswer | null> {
    const command = parseStatusCommand(text);
    if (!command) return null;
    const caller = await this.deps.callers.find(tenantId, userId);
    if (!caller) return { kind: 'text', text: t(locale, 'sessioncards.unknownUser') };
    if (command.word !== '' && command.status === null) return { kind: 'text', text: t(locale, 'sessioncards.status.unknown', { word: command.word.slice(0, 40) }) };
    if (command.status) return { kind: 'text', text: (await this.setStatus(caller, command.status, locale)).note.text };
    try {
      const agents = await this.deps.api.agents(caller, {});
      const status = agents.find((a) => a.userId === caller.user.id)?.status ?? 'offline';
      return { kind: 'card', card: statusCard({ locale, status }) };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { kind: 'text', text: t(locale, 'sessioncards.status.notAgent') };
    }
  }
}
