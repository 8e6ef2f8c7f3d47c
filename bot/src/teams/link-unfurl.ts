/**
 * Link unfurling (F1–F4): the compose-extension answer for a pasted record link. A readable record
 * gets its card; anything else that is a record link gets the one generic card; other links get
 * an empty result. Teams caches the answer only briefly, so access and status changes show soon.
 * The Open button opens the record's canonical address, never the pasted URL (which may carry
 * credentials, a query or markup), and the preview is plain text.
 */
import { CardFactory, type MessagingExtensionResponse } from 'botbuilder';
import { genericLinkCard, previewTitle, recordLinkCard } from '../cards/record-link-card';
import type { RecordDetails } from '../domain/records/record-details';
import type { Locale } from '../domain/shared/types';
import { typeName } from '../http/presenters';
import { t } from '../i18n/catalog';
import type { AdaptiveCard } from '../cards/adaptive-card';

/** F1: how long Teams may reuse an unfurl, in seconds. */
export const UNFURL_CACHE_SECONDS = 60;

const EMPTY: MessagingExtensionResponse = { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } };

function answer(card: AdaptiveCard, previewTitleText: string, previewText: string): MessagingExtensionResponse {
  return {
    composeExtension: {
      type: 'result',
      attachmentLayout: 'list',
      attachments: [{ ...CardFactory.adaptiveCard(card), preview: CardFactory.thumbnailCard(previewTitleText, previewText) }],
    },
    cacheInfo: { cacheType: 'cache', cacheDuration: UNFURL_CACHE_SECONDS },
  };
}

/**
 * The answer for a link: `canonicalUrl` is the record's canonical address (null when the link is
 * no record link); `details` is null for a record the user may not see (or none at all).
 */
export function unfurlAnswer(canonicalUrl: string | null, details: RecordDetails | null, locale: Locale): MessagingExtensionResponse {
  if (canonicalUrl === null) return EMPTY;
  if (!details) return answer(genericLinkCard(locale, canonicalUrl), t(locale, 'link.generic.title'), '');
  const hidden = new Set(details.hiddenFields);
  const r = details.record;
  const status = t(locale, `status.${r.status}`);
  const facts = [{ label: t(locale, 'field.status'), value: status }];
  if (!hidden.has('priority')) facts.push({ label: t(locale, 'field.priority'), value: t(locale, `priority.${r.priority}`) });
  if (!hidden.has('owner')) facts.push({ label: t(locale, 'field.owner'), value: details.owner?.displayName ?? t(locale, 'value.none') });
  const card = recordLinkCard({ locale, typeName: typeName(details.type, locale, false), number: r.number, title: r.title, facts, url: canonicalUrl });
  return answer(card, previewTitle(r.number, r.title), status);
}
