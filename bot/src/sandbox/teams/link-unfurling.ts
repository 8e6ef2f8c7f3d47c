/**
 * Link unfurling as a Teams client does it: when what a person posts holds a link of one of the
 * app's domains (the manifest's `composeExtensions[].messageHandlers[].value.domains`; in local
 * mode the host of PUBLIC_URL), the sandbox asks the bot with a `composeExtension/queryLink` invoke
 * before the message is posted, and the card of the answer goes out with the message. One link
 * per message is unfurled (the first of the app's); links of other domains never reach the bot.
 * Any failure (a 4xx or 5xx answer, an answer without a card, the bot unreachable) leaves the
 * message plain text, as Teams does.
 */
import { z } from 'zod';
import * as activities from './activities';
import { activityContext, personOf, type SandboxCore } from './core';
import type { Attachment, Chat } from './model';

/** The card an unfurl adds to a person's message. */
export type UnfurledCard = Required<Pick<Attachment, 'contentType' | 'unfurledUrl'>> & Pick<Attachment, 'content'>;

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the link ("see https://…/case-001."). */
const TRAILING = /[.,;:!?)\]}]+$/;

/**
 * Whether a manifest domain covers the URL: exact host, `*.` for any subdomain, and a port only
 * when the domain names one (TAB_DOMAIN is the public URL's host, with its port if it has one).
 */
export function domainCovers(domain: string, url: URL): boolean {
  const wanted = domain.trim().toLowerCase();
  if (wanted === '') return false;
  const host = (wanted.includes(':') ? url.host : url.hostname).toLowerCase();
  if (wanted.startsWith('*.')) return host.endsWith(wanted.slice(1));
  return host === wanted;
}

/** The first http(s) link in the text that one of the domains covers, as written (without trailing punctuation). */
export function firstAppLink(text: string, domains: readonly string[]): string | undefined {
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const candidate = match[0].replace(TRAILING, '');
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      continue;
    }
    if (domains.some((domain) => domainCovers(domain, url))) return candidate;
  }
  return undefined;
}

/** The invoke answer Teams reads: `{ composeExtension: { type: 'result', attachments: [card + preview] } }`. */
const QueryLinkAnswer = z.looseObject({
  composeExtension: z.looseObject({
    type: z.literal('result'),
    attachments: z.array(z.looseObject({ contentType: z.string().min(1), content: z.unknown().optional(), preview: z.unknown().optional() })),
  }),
});

/** The card of a queryLink answer (the first attachment; its preview is for the compose box), if it has one. */
export function cardOfAnswer(answer: { status: number; body: unknown }, url: string): UnfurledCard | undefined {
  if (answer.status < 200 || answer.status >= 300) return undefined;
  const parsed = QueryLinkAnswer.safeParse(answer.body);
  const first = parsed.success ? parsed.data.composeExtension.attachments[0] : undefined;
  return first ? { contentType: first.contentType, content: first.content, unfurledUrl: url } : undefined;
}

/**
 * Unfurls the first link of the app's domains in `text` as `userId` (a member of the chat) would
 * see it: the cards to post with the message, none when there is nothing to unfurl.
 */
export async function unfurlLinks(core: SandboxCore, chat: Chat, userId: string, text: string): Promise<UnfurledCard[]> {
  const url = firstAppLink(text, core.linkDomains());
  if (url === undefined) return [];
  try {
    const poster = await personOf(core, chat.tenantId, userId);
    const answer = await core.delivery.invoke(activities.queryLink(activityContext(core), chat, poster, url));
    const card = cardOfAnswer(answer, url);
    if (!card) core.logger.info({ conversation: chat.id, status: answer.status }, 'the bot unfurled no card; the link stays plain text');
    return card ? [card] : [];
  } catch (error) {
    core.logger.warn({ err: error, conversation: chat.id }, 'link unfurling failed; the link stays plain text');
    return [];
  }
}
