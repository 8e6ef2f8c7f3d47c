/**
 * The outbox pages (local mode): the list of sent mail and one message, server-rendered, no
 * scripts, localized through the `outbox` catalog area. Every piece of text goes through `esc`.
 */
import type { Locale } from '../../domain/shared/types';
import type { OutboxItem } from '../../mail/outbox-provider';
import { t, type MessageKey } from '../../i18n/catalog';
import { esc } from '../teams/page';
import type { OutboxMessageView } from './outbox-message';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#242424;background:#fafafa}
main{max-width:60rem;margin:0 auto;padding:1.5rem}h1{font-size:1.4rem;margin:.2rem 0 1rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid #e0e0e0;vertical-align:top}
th{font-weight:600;background:#f0f0f0}td.when{white-space:nowrap;color:#616161}a{color:#0f6cbd}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;background:#fff;padding:1rem;margin:0 0 1rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;padding:1rem;border:1px solid #e0e0e0;font:13px/1.5 ui-monospace,monospace}
.note{color:#616161}`;

/** Page headers: no scripts at all, inline styles only for this page's own sheet. */
export const OUTBOX_PAGE_HEADERS: Record<string, string> = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
};

const time = (iso: string): string => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '');
const emlHref = (id: string): string => `/dev/outbox/${encodeURIComponent(id)}.eml`;

function page(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Casebridge</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

/** The list of sent mail, newest first. */
export function renderOutboxList(locale: Locale, items: OutboxItem[]): string {
  const w = (key: MessageKey): string => esc(t(locale, key));
  const rows = items
    .map((i) => `<tr><td>${esc(i.to.join(', '))}</td><td><a href="/sandbox/outbox/${encodeURIComponent(i.id)}">${esc(i.subject || t(locale, 'outbox.noSubject'))}</a></td><td class="when">${esc(time(i.sentAt))}</td><td><a href="${emlHref(i.id)}">.eml</a></td></tr>`)
    .join('\n');
  const table = items.length
    ? `<table><thead><tr><th scope="col">${w('outbox.col.to')}</th><th scope="col">${w('outbox.col.subject')}</th><th scope="col">${w('outbox.col.sent')}</th><th scope="col"><span class="note">.eml</span></th></tr></thead><tbody>\n${rows}\n</tbody></table>`
    : `<p class="note">${w('outbox.empty')}</p>`;
  return page(locale, t(locale, 'outbox.title'), `<h1>${w('outbox.title')}</h1><p class="note">${w('outbox.intro')}</p>${table}`);
}

/** One message: headers, text, attachments, the download link. */
export function renderOutboxMessage(locale: Locale, id: string, view: OutboxMessageView | null): string {
  const w = (key: MessageKey): string => esc(t(locale, key));
  const back = `<p><a href="/sandbox/outbox">${w('outbox.back')}</a> · <a href="${emlHref(id)}" download>${w('outbox.download')}</a></p>`;
  if (!view) return page(locale, t(locale, 'outbox.title'), `${back}<p>${w('outbox.unreadable')}</p>`);
  const headers: Array<[MessageKey, string]> = [
    ['outbox.header.from', view.from],
    ['outbox.header.to', view.to],
    ['outbox.header.cc', view.cc],
    ['outbox.header.subject', view.subject],
    ['outbox.header.date', view.date],
    ['outbox.header.messageId', view.messageId],
    ['outbox.header.inReplyTo', view.inReplyTo],
  ];
  const dl = headers
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `<dt>${w(key)}</dt><dd>${esc(value)}</dd>`)
    .join('');
  const attachments = view.attachments.length
    ? `<h2>${w('outbox.attachments')}</h2><ul>${view.attachments.map((a) => `<li>${esc(a.filename || a.mimeType)} (${esc(a.mimeType)}, ${a.size} B)</li>`).join('')}</ul>`
    : '';
  const note = view.fromHtml ? `<p class="note">${w('outbox.htmlAsText')}</p>` : '';
  return page(locale, view.subject || t(locale, 'outbox.noSubject'), `${back}<h1>${esc(view.subject || t(locale, 'outbox.noSubject'))}</h1><dl>${dl}</dl><h2>${w('outbox.body')}</h2>${note}<pre>${esc(view.text)}</pre>${attachments}`);
}

/** The page for an id that names nothing. */
export function renderOutboxNotFound(locale: Locale): string {
  return page(locale, t(locale, 'outbox.title'), `<p><a href="/sandbox/outbox">${esc(t(locale, 'outbox.back'))}</a></p><p>${esc(t(locale, 'outbox.notFound'))}</p>`);
}
