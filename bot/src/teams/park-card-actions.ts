/**
 * J6: the park card's "Pick up" — an `adaptiveCard/action` invoke with the verb `park.pickUp`. Who
 * presses comes from the activity; the data names only the item and the park; whether they may pick
 * it up is the park (or sessions) service's decision. The answer is the card redrawn for the
 * presser with a note (what their press did, or why not) — friendly, localized, never an error card
 * for a refusal. The other posted copies are updated by the service's ParkNotices.pickedUp.
 */
import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/adaptive-card';
import { PARK_VERBS } from '../cards/park-card';
import type { Caller } from '../domain/access/access';
import type { CallerService } from '../domain/access/caller-service';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../domain/shared/errors';
import type { Locale } from '../domain/shared/types';
import { resolveLocale, t } from '../i18n/catalog';
import type { CardInvoke } from './card-actions';
import type { ParkCardView } from './park-card-view';

/** What the button calls: the park service for a case, the sessions service for a chat (null: not offered yet). */
export interface PickUpPort {
  record(caller: Caller, recordId: string): Promise<void>;
  session: ((caller: Caller, sessionId: string) => Promise<void>) | null;
}

const ParkData = z.object({
  v: z.literal(1),
  k: z.enum(['record', 'session']),
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/),
  at: z.iso.datetime().max(40),
  by: z.string().min(1).max(128),
}).loose();

const InvokeValue = z.object({
  action: z.object({ type: z.literal('Action.Execute'), verb: z.string().max(200), data: z.unknown().optional() }),
});

/** Whether an `adaptiveCard/action` invoke is for the park card. */
export function isParkCardInvoke(value: unknown): boolean {
  const parsed = InvokeValue.safeParse(value);
  return parsed.success && parsed.data.action.verb.startsWith('park.');
}

export interface ParkCardActionDeps {
  callers: Pick<CallerService, 'find'>;
  view: ParkCardView;
  pickUp: PickUpPort;
  logger: Logger;
}

type Note = { text: string; tone: 'good' | 'warning' };

function errorResponse(code: 'badRequest' | 'unknownVerb', message: string): AdaptiveCardInvokeResponse {
  return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code, message } };
}

export class ParkCardActions {
  constructor(private readonly deps: ParkCardActionDeps) {}

  async handle(received: CardInvoke): Promise<AdaptiveCardInvokeResponse> {
    const asked = received.locale ?? 'en';
    const value = InvokeValue.safeParse(received.value);
    if (!value.success) return errorResponse('badRequest', t(asked, 'card.error.malformed'));
    const verb = value.data.action.verb;
    if (verb !== PARK_VERBS.pickUp) return errorResponse('unknownVerb', t(asked, 'card.error.unknownVerb', { verb: verb.slice(0, 40) }));
    const data = ParkData.safeParse(value.data.action.data);
    if (!data.success || !received.tenantId || !received.userId) return errorResponse('badRequest', t(asked, 'card.error.malformed'));
    const caller = await this.deps.callers.find(received.tenantId, received.userId);
    if (!caller) return errorResponse('badRequest', t(asked, 'card.error.malformed'));
    const locale = received.locale ?? resolveLocale(caller.user.locale);
    const { k: kind, id, at, by } = data.data;
    const note = await this.pickUp(caller, kind, id, locale);
    // The names are looked up in the presser's own tenant only; the outcome is the item's to say.
    const subject = { tenantId: caller.tenantId, item: { kind, id }, at, byUserId: by, forUserId: caller.user.id };
    const rendered = note === 'gone' ? null : await this.deps.view.render(subject, locale, { note });
    const card = rendered ? rendered.card : this.deps.view.gone(locale);
    return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: { ...card } };
  }

  /** Picks up and says how it went; 'gone' when the item is not there (or not for the presser's eyes). */
  private async pickUp(caller: Caller, kind: 'record' | 'session', id: string, locale: Locale): Promise<Note | 'gone'> {
    const port = kind === 'record' ? this.deps.pickUp.record : this.deps.pickUp.session;
    if (!port) return { text: t(locale, 'park.card.sessionUnsupported'), tone: 'warning' };
    try {
      await port(caller, id);
      this.deps.logger.info({ tenant: caller.tenantId, item: id, kind }, 'picked up from a park card');
      return { text: t(locale, 'park.card.note.pickedUp'), tone: 'good' };
    } catch (error) {
      if (error instanceof NotFoundError) return 'gone';
      // Parked no longer (closed or given to someone else meanwhile): nothing to pick up.
      if (error instanceof ConflictError && (error.messageKey === 'park.error.moved' || error.messageKey === 'park.error.notParked')) return { text: t(locale, 'park.card.note.moved'), tone: 'warning' };
      // Only the person it was parked for picks up: "already" means they did, elsewhere or earlier.
      if (error instanceof ConflictError || error instanceof PreconditionFailedError) return { text: t(locale, 'park.card.note.already', { name: caller.user.displayName }), tone: 'warning' };
      if (error instanceof ForbiddenError) return { text: t(locale, 'park.card.note.notAllowed'), tone: 'warning' };
      this.deps.logger.error({ err: error, tenant: caller.tenantId, item: id, kind }, 'park card action failed');
      return { text: t(locale, 'park.card.note.failed'), tone: 'warning' };
    }
  }
}
