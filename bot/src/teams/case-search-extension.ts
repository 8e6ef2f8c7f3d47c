/**
 * H3: the search-based message extension (`composeExtension/query`, command `searchCases` of the
 * manifest). The person types a case number, a person or words in any compose box; the answer
 * lists the cases they may read, best first, each as the same card Teams shows for a pasted record
 * link (link-unfurl.ts) with a thumbnail preview; an empty query lists their own open cases.
 * Teams waits at most 5 s: the search is one query plus one batch of lookups. Paging is capped
 * (MAX_SKIP): nobody pages past a hundred results, and a fetch never exceeds MAX_SKIP + MAX_RESULTS.
 * Whatever goes wrong (a malformed value, another command, a failing search) the answer is a
 * friendly message in the person's language, never an error Teams shows as "something went wrong".
 */
import type { MessagingExtensionAttachment, MessagingExtensionResponse } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Caller } from '../domain/access/access';
import type { CallerService } from '../domain/access/caller-service';
import type { ServiceRecord } from '../domain/records/record';
import type { RecordDetailsService } from '../domain/records/record-details';
import { recordLinkUrl } from '../domain/records/record-link';
import { t } from '../i18n/catalog';
import type { Locale, Versioned } from '../domain/shared/types';
import { unfurlAnswer } from './link-unfurl';

/** The manifest's `composeExtensions[0].commands[0].id`. */
export const SEARCH_COMMAND_ID = 'searchCases';
/** Its one parameter (`initialRun` sends it empty). */
export const SEARCH_PARAMETER = 'query';
/** Teams shows at most this many results per page; it asks for more with `queryOptions.skip`. */
export const MAX_RESULTS = 25;
/** The furthest page start served; beyond it the answer is empty. */
export const MAX_SKIP = 100;
const MAX_QUERY = 200;

/** `activity.value` of a `composeExtension/query` invoke. */
export const MessageExtensionQueryValue = z.looseObject({
  commandId: z.string().max(100),
  parameters: z.array(z.looseObject({ name: z.string().max(100), value: z.unknown() })).max(10).optional(),
  queryOptions: z.looseObject({ skip: z.number().int().min(0).optional(), count: z.number().int().min(1).optional() }).optional(),
});

/** The search the extension runs (the queues engineer's search service behind it). */
export interface CaseSearchPort {
  /** Records the caller may read matching `text`, best first; `text` empty: the caller's open cases. */
  find(caller: Caller, text: string, limit: number): Promise<Array<Versioned<ServiceRecord>>>;
}

export interface CaseSearchDeps {
  callers: CallerService;
  search: CaseSearchPort;
  details: RecordDetailsService;
  publicUrl: string;
  logger: Logger;
}

const EMPTY: MessagingExtensionResponse = { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } };
const message = (text: string): MessagingExtensionResponse => ({ composeExtension: { type: 'message', text } });

export class CaseSearchExtension {
  constructor(private readonly deps: CaseSearchDeps) {}

  /** The answer to a `composeExtension/query` invoke's `value` (unchecked): always an answer Teams shows. */
  async query(tenantId: string | undefined, userId: string | undefined, locale: Locale, raw: unknown): Promise<MessagingExtensionResponse> {
    const value = MessageExtensionQueryValue.safeParse(raw);
    if (!value.success || value.data.commandId !== SEARCH_COMMAND_ID) return message(t(locale, 'notify.search.invalid'));
    try {
      const caller = tenantId && userId ? await this.deps.callers.find(tenantId, userId) : null;
      if (!caller) return message(t(locale, 'notify.search.notUser'));
      return await this.search(caller, locale, value.data);
    } catch (error) {
      this.deps.logger.error({ err: error, tenant: tenantId }, 'message extension search failed');
      return message(t(locale, 'notify.search.failed'));
    }
  }

  private async search(caller: Caller, locale: Locale, value: z.infer<typeof MessageExtensionQueryValue>): Promise<MessagingExtensionResponse> {
    const started = performance.now();
    const typed = value.parameters?.find((p) => p.name === SEARCH_PARAMETER)?.value;
    const text = typeof typed === 'string' ? typed.trim().slice(0, MAX_QUERY) : '';
    const skip = value.queryOptions?.skip ?? 0;
    if (skip > MAX_SKIP) return EMPTY;
    const count = Math.min(value.queryOptions?.count ?? MAX_RESULTS, MAX_RESULTS);
    const found = (await this.deps.search.find(caller, text, skip + count)).slice(skip, skip + count);
    const details = await this.deps.details.describe(caller, found, { withPeople: false });
    const attachments = details.flatMap((d): MessagingExtensionAttachment[] => {
      const url = recordLinkUrl(this.deps.publicUrl, d.record.type, d.record.id);
      return unfurlAnswer(url, d, locale).composeExtension?.attachments ?? [];
    });
    this.deps.logger.debug({ tenant: caller.tenantId, results: attachments.length, ms: Math.round(performance.now() - started) }, 'message extension search');
    return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
  }

}
