/**
 * H3: the buttons of the notification card (work-card.ts) — `adaptiveCard/action` invokes whose
 * verb starts with `work.`: refresh, accept, reply inline. Verbs dispatch through one typed table.
 * The card's data names the batch and the case; the batch is read back from the partition of the
 * person who pressed (a crafted or forwarded id finds nothing: a "no longer available" card); who
 * acts comes from the activity, and what they may do is the actions' and compose services'
 * decision. The answer is the whole card redrawn for this person, with a note under the case acted on.
 */
import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/adaptive-card';
import { goneWorkCard, MAX_INLINE_REPLY, WORK_VERBS } from '../cards/work-card';
import type { Caller } from '../domain/access/access';
import type { CallerService } from '../domain/access/caller-service';
import { RECORD_ID } from '../domain/records/record-link';
import type { RecordRepository } from '../domain/records/record-repository';
import type { DirectoryRepository } from '../domain/access/directory-repository';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '../domain/shared/errors';
import type { Locale } from '../domain/shared/types';
import type { DeliveredBatch, NotificationRepository } from '../domain/work/notification-repository';
import type { RecordDetailsService } from '../domain/records/record-details';
import { resolveLocale, t } from '../i18n/catalog';
import type { CardInvoke } from './card-actions';
import type { WorkCardView, WorkNote } from './work-card-view';

/** The actions the card's buttons call (the actions and compose engineers' services). */
export interface WorkActionPort {
  /** Takes the case for the caller (its own rule); ConflictError when someone else has it. */
  accept(caller: Caller, recordId: string): Promise<void>;
  /** Replies to the case's customer by e-mail, in the case's thread. */
  reply(caller: Caller, recordId: string, text: string): Promise<void>;
}

const WorkData = z.looseObject({
  v: z.literal(2),
  b: z.string().min(1).max(100),
  recordId: z.string().regex(RECORD_ID).optional(),
  input: z.string().regex(/^reply\d{1,2}$/).optional(),
});
type WorkData = z.infer<typeof WorkData>;

const InvokeValue = z.object({
  action: z.object({ type: z.literal('Action.Execute'), verb: z.string().max(200), data: z.unknown().optional() }),
});

/** Whether an `adaptiveCard/action` invoke is for the notification card. */
export function isWorkCardInvoke(value: unknown): boolean {
  const parsed = InvokeValue.safeParse(value);
  return parsed.success && parsed.data.action.verb.startsWith('work.');
}

export interface WorkCardActionDeps {
  callers: CallerService;
  records: RecordRepository;
  directory: DirectoryRepository;
  details: RecordDetailsService;
  /** Where the delivered batches are (read back by the presser's own id). */
  batches: Pick<NotificationRepository, 'getBatch'>;
  view: WorkCardView;
  actions: WorkActionPort;
  logger: Logger;
}

type WorkVerb = (typeof WORK_VERBS)[keyof typeof WORK_VERBS];
const isWorkVerb = (name: string): name is WorkVerb => (Object.values(WORK_VERBS) as string[]).includes(name);

type Verb = (caller: Caller, data: WorkData, batch: DeliveredBatch, locale: Locale) => Promise<WorkNote | undefined>;

function errorResponse(code: 'badRequest' | 'unknownVerb', message: string): AdaptiveCardInvokeResponse {
  return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code, message } };
}

export class WorkCardActions {
  constructor(private readonly deps: WorkCardActionDeps) {}

  private readonly verbs: Record<WorkVerb, Verb> = {
    'work.refresh': async () => undefined,
    'work.accept': (caller, data, batch, locale) => this.accept(caller, data, batch, locale),
    'work.reply': (caller, data, batch, locale) => this.reply(caller, data, batch, locale),
  };

  async handle(received: CardInvoke): Promise<AdaptiveCardInvokeResponse> {
    const asked = received.locale ?? 'en';
    const value = InvokeValue.safeParse(received.value);
    if (!value.success) return errorResponse('badRequest', t(asked, 'card.error.malformed'));
    const name = value.data.action.verb;
    if (!isWorkVerb(name)) return errorResponse('unknownVerb', t(asked, 'card.error.unknownVerb', { verb: name.slice(0, 40) }));
    const verb = this.verbs[name];
    const data = WorkData.safeParse(value.data.action.data);
    if (!data.success || !received.tenantId || !received.userId) return errorResponse('badRequest', t(asked, 'card.error.malformed'));
    const caller = await this.deps.callers.find(received.tenantId, received.userId);
    if (!caller) return errorResponse('badRequest', t(asked, 'card.error.malformed'));
    const locale = received.locale ?? resolveLocale(caller.user.locale);
    const batch = await this.deps.batches.getBatch(caller.tenantId, caller.user.id, data.data.b);
    if (!batch) return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: { ...goneWorkCard(locale) } };
    const note = await verb(caller, data.data, batch, locale);
    const notes = new Map<string, WorkNote>(note && data.data.recordId ? [[data.data.recordId, note]] : []);
    const { card } = await this.deps.view.render(caller, batch, locale, { refreshUserIds: received.botUserId ? [received.botUserId] : [], notes });
    return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: { ...card } };
  }

  private async accept(caller: Caller, data: WorkData, batch: DeliveredBatch, locale: Locale): Promise<WorkNote | undefined> {
    const recordId = this.recordOf(data, batch);
    if (!recordId) return undefined;
    try {
      await this.deps.actions.accept(caller, recordId);
      this.deps.logger.info({ tenant: caller.tenantId, record: recordId }, 'case accepted from a notification card');
      return { text: t(locale, 'notify.note.accepted'), tone: 'good' };
    } catch (error) {
      return this.refusal(caller, recordId, error, locale);
    }
  }

  private async reply(caller: Caller, data: WorkData, batch: DeliveredBatch, locale: Locale): Promise<WorkNote | undefined> {
    const recordId = this.recordOf(data, batch);
    const typed: unknown = data.input ? data[data.input] : undefined;
    const text = typeof typed === 'string' ? typed.trim() : '';
    if (!recordId) return undefined;
    if (text === '' || text.length > MAX_INLINE_REPLY) return { text: t(locale, 'notify.note.invalid'), tone: 'warning' };
    try {
      await this.deps.actions.reply(caller, recordId, text);
      this.deps.logger.info({ tenant: caller.tenantId, record: recordId }, 'reply sent from a notification card');
      return { text: t(locale, 'notify.note.replied'), tone: 'good' };
    } catch (error) {
      return this.refusal(caller, recordId, error, locale);
    }
  }

  /** The case a button is about: only one of the batch's cases. */
  private recordOf(data: WorkData, batch: DeliveredBatch): string | null {
    const id = data.recordId;
    return id && batch.events.some((e) => e.recordId === id) ? id : null;
  }

  /** The note for a refused action; an unexpected failure is a note too (the card stays usable), and logged. */
  private async refusal(caller: Caller, recordId: string, error: unknown, locale: Locale): Promise<WorkNote> {
    if (error instanceof ConflictError || error instanceof PreconditionFailedError) {
      const found = await this.deps.records.get(caller.tenantId, recordId);
      const ownerId = found?.value.ownerId;
      if (found && ownerId && ownerId !== caller.user.id) {
        // The owner is named only to someone who may see the owner field (field security).
        const [details] = await this.deps.details.describe(caller, [found], { withPeople: false });
        if (!details || details.hiddenFields.includes('owner')) return { text: t(locale, 'notify.note.taken'), tone: 'warning' };
        const owner = await this.deps.directory.getUser(caller.tenantId, ownerId);
        return { text: t(locale, 'notify.note.takenBy', { name: owner?.displayName ?? t(locale, 'notify.someone') }), tone: 'warning' };
      }
      return { text: t(locale, 'card.note.stale'), tone: 'warning' };
    }
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return { text: t(locale, 'notify.note.notAllowed'), tone: 'warning' };
    if (error instanceof ValidationError) return { text: t(locale, 'notify.note.invalid'), tone: 'warning' };
    this.deps.logger.error({ err: error, tenant: caller.tenantId, record: recordId }, 'notification card action failed');
    return { text: t(locale, 'notify.note.failed'), tone: 'warning' };
  }

}
