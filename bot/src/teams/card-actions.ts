/**
 * F5: the `adaptiveCard/action` invoke — a press of an Action.Execute button on a record card, or
 * Teams' automatic refresh. Verbs dispatch through one typed table. The card's data only says
 * which record and which version the card showed: who acts comes from the activity, and what they
 * may do is the record service's decision. Every answer is a card (the person's current view,
 * with a note when something was refused or had changed), or a typed error for a malformed action.
 */
import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from '../cards/adaptive-card';
import { unavailableRecordCard, type CardRef } from '../cards/record-card';
import type { RecordCardComposer } from '../cards/record-card-composer';
import { hasPrivilege, type Caller } from '../domain/access/access';
import type { CallerService } from '../domain/access/caller-service';
import type { ChatRepository } from '../domain/chats/chat-repository';
import { allowedCardActions, CARD_CHANGES } from '../domain/records/card-actions';
import { RECORD_STATUSES, type ServiceRecord } from '../domain/records/record';
import type { RecordRepository } from '../domain/records/record-repository';
import type { RecordChanges, RecordService } from '../domain/records/record-service';
import type { RecordTypeService } from '../domain/records/record-type-service';
import { DomainError, ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '../domain/shared/errors';
import type { Locale, Versioned } from '../domain/shared/types';
import { resolveLocale, t, type MessageKey } from '../i18n/catalog';
import { DEFAULT_CHAT_LANGUAGE, viewerLanguage } from '../domain/access/chat-language';
import { MAX_LINK_LENGTH, RECORD_ID, type RecordLinkService } from '../domain/records/record-link';

const CardRefData = z.object({
  v: z.literal(1),
  kind: z.enum(['intro', 'record']),
  recordId: z.string().regex(RECORD_ID),
  etag: z.string().min(1).max(256),
});

/** One verb: the data it needs, the change it makes for the acting person (null: only redraw), and the note after it. */
interface Verb {
  parse(data: unknown): { ref: CardRef; changes: ((caller: Caller) => RecordChanges) | null; done: MessageKey | null } | null;
}

function verb<S extends z.ZodType<z.infer<typeof CardRefData>>>(schema: S, changes: ((caller: Caller, data: z.infer<S>) => RecordChanges) | null, done: MessageKey | null): Verb {
  return {
    parse(data) {
      const parsed = schema.safeParse(data);
      if (!parsed.success) return null;
      const value = parsed.data;
      const { kind, recordId, etag } = value;
      return { ref: { v: 1, kind, recordId, etag }, changes: changes ? (caller) => changes(caller, value) : null, done };
    },
  };
}

/** The verbs a record card sends. */
export const CARD_VERBS = {
  refresh: verb(CardRefData, null, null),
  assignToMe: verb(CardRefData, (caller) => CARD_CHANGES.assignToMe(caller), 'card.note.assigned'),
  setStatus: verb(CardRefData.extend({ status: z.enum(RECORD_STATUSES) }), (caller, data) => CARD_CHANGES.setStatus(caller, data.status), 'card.note.statusChanged'),
  close: verb(CardRefData, () => CARD_CHANGES.close(), 'card.note.closed'),
} satisfies Record<string, Verb>;

export type CardVerb = keyof typeof CARD_VERBS;

const isVerb = (name: string): name is CardVerb => Object.hasOwn(CARD_VERBS, name);

/** `activity.value` of an `adaptiveCard/action` invoke. */
const InvokeValue = z.object({
  action: z.object({ type: z.literal('Action.Execute'), verb: z.string().max(200), id: z.string().max(200).optional(), data: z.unknown().optional() }),
  trigger: z.enum(['manual', 'automatic']).optional(),
});

/** Who acted, where, and what Teams sent. */
export interface CardInvoke {
  tenantId: string | undefined;
  /** The Entra object id of the person (absent for anonymous or non-Teams users). */
  userId: string | undefined;
  /** The person's Bot Framework id (the one `refresh.userIds` lists). */
  botUserId: string | undefined;
  conversationId: string;
  /** The message whose card was acted on. */
  replyToId: string | undefined;
  /** The person's Teams language, as the invoke says (absent: their stored one, else the chat's). */
  locale: Locale | undefined;
  value: unknown;
}

export interface CardActionDeps {
  callers: CallerService;
  records: RecordService;
  recordStore: RecordRepository;
  recordTypes: RecordTypeService;
  chats: ChatRepository;
  composer: RecordCardComposer;
  links: RecordLinkService;
  logger: Logger;
}

/** What the personal chat answers a message with. */
export type LookupAnswer = { kind: 'card'; card: AdaptiveCard } | { kind: 'notFound'; query: string } | { kind: 'notUnderstood' };

/** A record number as people type it: `CAS-01042`. */
const RECORD_NUMBER = /\b([A-Za-z]{2,10}-\d{1,9})\b/;

const cardResponse = (card: AdaptiveCard): AdaptiveCardInvokeResponse => ({ statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: { ...card } });

function errorResponse(code: 'badRequest' | 'unknownVerb', message: string): AdaptiveCardInvokeResponse {
  return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code, message } };
}

type Note = { text: string; tone: 'good' | 'warning' } | undefined;

export class CardActions {
  constructor(private readonly deps: CardActionDeps) {}

  async handle(received: CardInvoke): Promise<AdaptiveCardInvokeResponse> {
    const asked = received.locale ?? DEFAULT_CHAT_LANGUAGE; // for a malformed invoke, before the record is known
    const value = InvokeValue.safeParse(received.value);
    if (!value.success) return errorResponse('badRequest', t(asked, 'card.error.malformed'));
    const name = value.data.action.verb;
    if (!isVerb(name)) return errorResponse('unknownVerb', t(asked, 'card.error.unknownVerb', { verb: name.slice(0, 40) }));
    const parsed = CARD_VERBS[name].parse(value.data.action.data);
    if (!parsed || !received.tenantId) return errorResponse('badRequest', t(asked, 'card.error.malformed'));
    const { ref } = parsed;
    const tenantId = received.tenantId;

    let found = await this.deps.recordStore.get(tenantId, ref.recordId);
    const caller = await this.deps.callers.find(tenantId, received.userId);
    // One card, many readers: each one's view (and note) is in their own language (chat-language.ts).
    const chat = await this.deps.composer.chatLanguage({ tenantId, owningTeamId: found?.value.owningTeamId ?? null });
    const locale = viewerLanguage(received.locale, caller?.user, chat, resolveLocale);
    const invoke: CardInvoke & { locale: Locale } = { ...received, locale };
    if (!found || !caller || !hasPrivilege(caller, found.value, 'read')) {
      return cardResponse(await this.withoutAccess(tenantId, invoke, ref, found, parsed.changes !== null));
    }

    let note: Note;
    if (parsed.changes) {
      if (ref.etag !== found.etag) {
        note = { text: t(locale, 'card.note.stale'), tone: 'warning' };
      } else {
        try {
          found = await this.deps.records.update(caller, ref.recordId, ref.etag, parsed.changes(caller));
          note = parsed.done ? { text: t(locale, parsed.done), tone: 'good' } : undefined;
          this.deps.logger.info({ tenant: tenantId, record: ref.recordId, verb: name }, 'record changed from a card');
        } catch (error) {
          const refusal = this.refusal(error);
          if (!refusal) throw error;
          note = { text: t(locale, refusal), tone: 'warning' };
          found = await this.deps.recordStore.get(tenantId, ref.recordId);
          if (!found || !hasPrivilege(caller, found.value, 'read')) return cardResponse(unavailableRecordCard(locale, t(locale, refusal)));
        }
      }
    }
    const type = await this.deps.recordTypes.get(tenantId, found.value.type);
    const card = await this.deps.composer.render(found, ref.kind, locale, {
      refreshUserIds: invoke.botUserId ? [invoke.botUserId] : [],
      actions: allowedCardActions(caller, found.value, type),
      note,
    });
    return cardResponse(card);
  }

  /**
   * A person sent the bot a record link or number in their personal chat: that record's card,
   * with their actions; null when the text names no record they can see.
   */
  async lookup(tenantId: string, userId: string, botUserId: string | undefined, locale: Locale, text: string): Promise<LookupAnswer> {
    if (text.length > MAX_LINK_LENGTH) return { kind: 'notUnderstood' };
    const link = text.match(/https?:\/\/\S+/)?.[0];
    const isLink = link !== undefined && this.deps.links.isRecordLink(link);
    const number = isLink ? null : text.match(RECORD_NUMBER)?.[1]?.toUpperCase();
    if (!isLink && !number) return { kind: 'notUnderstood' };
    const query = isLink ? link : (number ?? '');
    const caller = await this.deps.callers.find(tenantId, userId);
    if (!caller) return { kind: 'notFound', query };
    const found = isLink ? await this.deps.links.find(caller, link) : await this.byNumber(caller, number ?? '');
    if (!found) return { kind: 'notFound', query };
    const type = await this.deps.recordTypes.get(tenantId, found.value.type);
    const card = await this.deps.composer.render(found, 'record', locale, { refreshUserIds: botUserId ? [botUserId] : [], actions: allowedCardActions(caller, found.value, type) });
    return { kind: 'card', card };
  }

  private async byNumber(caller: Caller, number: string): Promise<Versioned<ServiceRecord> | null> {
    try {
      return await this.deps.records.getByNumber(caller, number);
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }


  /**
   * A person who may not read the record (or a record that is not there): on a card the bot posted
   * in this chat for this record, the shared view everyone there already sees (the posted card's
   * own kind, whatever the action's data says), without buttons; anywhere else, the generic card,
   * the same for a missing, foreign or unreadable record (F2).
   */
  private async withoutAccess(tenantId: string, invoke: CardInvoke & { locale: Locale }, ref: CardRef, found: Versioned<ServiceRecord> | null, wasChange: boolean): Promise<AdaptiveCard> {
    const note = wasChange ? t(invoke.locale, 'card.note.notAllowed') : null;
    const state = found && invoke.replyToId ? await this.deps.chats.getChatState(tenantId, invoke.conversationId) : null;
    const posted = state?.value.cards?.find((c) => c.activityId === invoke.replyToId && c.recordId === ref.recordId);
    if (!found || !posted) return unavailableRecordCard(invoke.locale, note);
    return this.deps.composer.render(found, posted.kind, invoke.locale, {
      refreshUserIds: invoke.botUserId ? [invoke.botUserId] : [],
      actions: null,
      note: note ? { text: note, tone: 'warning' } : undefined,
    });
  }

  /** The note for a change the record service refused; null for an unexpected failure. */
  private refusal(error: unknown): MessageKey | null {
    if (error instanceof PreconditionFailedError) return 'card.note.stale';
    if (error instanceof ForbiddenError) return 'card.note.notAllowed';
    if (error instanceof ValidationError) return 'card.note.invalid';
    if (error instanceof NotFoundError) return 'card.note.notAllowed';
    return null;
  }
}
