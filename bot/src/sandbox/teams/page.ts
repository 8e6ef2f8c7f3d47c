/**
 * The sandbox page, rendered on the server: the tenant's chats and channels, one conversation's
 * members and messages, a composer to post as a member, and the latest deliveries to the bot.
 * Every piece of text goes through `esc`. Cards are left as escaped JSON in `data-card` for the
 * page script to render with the adaptivecards library: the bot's, and the link cards it unfurled
 * under a person's message (`data-link`). A developer tool: English only, with all
 * strings here at the top.
 */
import type { DeliveryRecord } from './delivery';
import { ALL_HISTORY, type ActivityFeedItem } from './model';
import type { ConversationView, MessageView } from './views';

export const STRINGS = {
  title: 'Casebridge · Teams sandbox',
  chats: 'Chats',
  channels: 'Teams and channels',
  noChats: 'No chats in this tenant yet.',
  pickChat: 'Pick a chat or a channel on the left.',
  members: 'Members',
  appInstalled: 'app installed',
  appNotInstalled: 'app not installed',
  allHistory: 'sees all history',
  historyFrom: 'sees history from',
  postAs: 'Post as',
  send: 'Send',
  edit: 'Edit',
  delete: 'Delete',
  edited: 'edited',
  deleted: 'This message was deleted.',
  hidden: 'not visible to the selected person (joined later without this history)',
  deliveries: 'Latest deliveries to /api/messages',
  noDeliveries: 'Nothing delivered yet.',
  channelReadOnly: 'Channels are read-only here: the bot can post to them through the connector.',
  messagesJson: 'JSON',
  linkCard: 'Unfurled by the bot (composeExtension/queryLink):',
  activity: 'Activity feed of the selected person',
  noActivity: 'No notifications yet.',
  kinds: { group: 'group chat', oneOnOne: 'one-on-one', personal: 'bot chat', channel: 'channel' },
} as const;

export interface PageModel {
  version: number;
  tenants: Array<{ id: string; name: string }>;
  tenantId: string | undefined;
  chats: Array<Omit<ConversationView, 'messages'>>;
  teams: Array<{ id: string; displayName: string; channels: Array<{ id: string; displayName: string; membershipType: string }> }>;
  conversation: ConversationView | undefined;
  as: string | undefined;
  deliveries: DeliveryRecord[];
  /** The activity feed of the person viewing (`as`), newest first. */
  activity: ActivityFeedItem[];
}

/** Escapes text for HTML content and attribute values. */
export function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const time = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
const chatHref = (id: string): string => `/sandbox/chats/${encodeURIComponent(id)}`;

export function renderSidebar(model: PageModel): string {
  const tenants = model.tenants
    .map((t) => `<a class="tenant${t.id === model.tenantId ? ' current' : ''}" href="/sandbox/?tenant=${encodeURIComponent(t.id)}">${esc(t.name)}</a>`)
    .join(' ');
  const chats = model.chats
    .map((c) => {
      const current = c.id === model.conversation?.id ? ' current' : '';
      const badge = c.appInstalled ? `<span class="badge on">${STRINGS.appInstalled}</span>` : `<span class="badge">${STRINGS.appNotInstalled}</span>`;
      return `<li class="chat${current}"><a href="${esc(chatHref(c.id))}">${esc(c.displayName)}</a><div class="meta">${esc(STRINGS.kinds[c.chatType])} · ${c.members.length} · ${badge}</div></li>`;
    })
    .join('');
  const teams = model.teams
    .map((t) => `<li><strong>${esc(t.displayName)}</strong><ul>${t.channels.map((ch) => `<li class="chat${ch.id === model.conversation?.id ? ' current' : ''}"><a href="${esc(chatHref(ch.id))}"># ${esc(ch.displayName)}</a>${ch.membershipType === 'standard' ? '' : ` <span class="badge">${esc(ch.membershipType)}</span>`}</li>`).join('')}</ul></li>`)
    .join('');
  return `<nav class="tenants">${tenants}</nav><h2>${STRINGS.chats}</h2><ul class="chats">${chats || `<li class="empty">${STRINGS.noChats}</li>`}</ul><h2>${STRINGS.channels}</h2><ul class="teams">${teams}</ul>`;
}

function renderMessage(m: MessageView, as: string | undefined): string {
  if (m.kind === 'system') return `<article class="msg system${m.visible ? '' : ' hidden'}" data-id="${esc(m.id)}"><span class="when">${esc(time(m.createdDateTime))}</span> ${esc(m.text)}</article>`;
  const own = m.kind === 'user' && m.from.userId !== null && m.from.userId === as && m.deletedDateTime === null;
  const cards = m.attachments
    .map((a) =>
      a.contentType === 'application/vnd.microsoft.card.adaptive'
        ? `<div class="card${a.unfurledUrl ? ' link-card' : ''}" data-message="${esc(m.id)}" data-version="${esc(m.lastModifiedDateTime)}"${a.unfurledUrl ? ` data-link="${esc(a.unfurledUrl)}" title="${esc(`${STRINGS.linkCard} ${a.unfurledUrl}`)}"` : ''} data-card="${esc(JSON.stringify(a.content ?? {}))}"></div>`
        : `<div class="attachment">${esc(a.name ?? a.contentType)}${a.contentUrl && /^https?:\/\//i.test(a.contentUrl) ? ` <a href="${esc(a.contentUrl)}" rel="noopener noreferrer" target="_blank">${esc(a.contentUrl)}</a>` : ''}</div>`,
    )
    .join('');
  const body = m.deletedDateTime ? `<p class="deleted">${STRINGS.deleted}</p>` : `${m.text ? `<p class="text">${esc(m.text)}</p>` : ''}${cards}`;
  const actions = own ? `<span class="actions"><button type="button" data-action="edit">${STRINGS.edit}</button><button type="button" data-action="delete">${STRINGS.delete}</button></span>` : '';
  return `<article class="msg ${m.kind}${m.visible ? '' : ' hidden'}" data-id="${esc(m.id)}" data-text="${esc(m.text)}"${m.visible ? '' : ` title="${esc(STRINGS.hidden)}"`}>
<header><strong>${esc(m.from.displayName)}</strong> <span class="when">${esc(time(m.createdDateTime))}${m.lastEditedDateTime ? ` · ${STRINGS.edited}` : ''}</span>${actions}</header>${body}</article>`;
}

export function renderMain(model: PageModel): string {
  const c = model.conversation;
  if (!c) return `<p class="empty">${STRINGS.pickChat}</p>`;
  const members = c.members
    .map((m) => `<li>${esc(m.displayName)} <span class="meta">${m.visibleHistoryStartDateTime === ALL_HISTORY ? STRINGS.allHistory : `${STRINGS.historyFrom} ${esc(time(m.visibleHistoryStartDateTime))}`}</span></li>`)
    .join('');
  const installed = c.appInstalled ? `<span class="badge on">${STRINGS.appInstalled}</span>` : `<span class="badge">${STRINGS.appNotInstalled}</span>`;
  const deliveries = model.deliveries
    .slice(0, 10)
    .map((d) => `<li class="${d.error ? 'failed' : ''}">${esc(time(d.at))} ${esc(d.type)} → ${d.status ?? '—'}${d.error ? ` (${esc(d.error)}, ${d.attempts} attempts)` : ''}</li>`)
    .join('');
  return `<header class="chat-head"><h1>${esc(c.displayName)}</h1><div class="meta">${esc(STRINGS.kinds[c.chatType])} · ${installed} · <a href="/sandbox/api/chats/${encodeURIComponent(c.id)}">${STRINGS.messagesJson}</a></div></header>
<details class="members" open><summary>${STRINGS.members} (${c.members.length})</summary><ul>${members}</ul></details>
${renderActivity(model.activity)}
<section class="messages">${c.messages.map((m) => renderMessage(m, model.as)).join('')}</section>
<details class="deliveries"><summary>${STRINGS.deliveries}</summary><ul>${deliveries || `<li>${STRINGS.noDeliveries}</li>`}</ul></details>`;
}

/** The viewer's activity feed: what Teams' bell would list (type, parameters, preview, the link it opens). */
function renderActivity(items: ActivityFeedItem[]): string {
  const rows = items
    .slice(0, 20)
    .map((i) => {
      const params = Object.entries(i.templateParameters).map(([k, v]) => `${esc(k)}: ${esc(v)}`).join(', ');
      const topic = i.topic.webUrl ? `<a href="${esc(i.topic.webUrl)}" rel="noopener noreferrer" target="_blank">${esc(i.topic.value)}</a>` : esc(i.topic.value);
      return `<li class="activity-item" data-type="${esc(i.activityType)}"><span class="when">${esc(time(i.createdDateTime))}</span> <strong>${esc(i.activityType)}</strong> ${topic} <span class="meta">${params}</span><div>${esc(i.previewText)}</div></li>`;
    })
    .join('');
  return `<details class="activity" open><summary>${STRINGS.activity} (${items.length})</summary><ul>${rows || `<li>${STRINGS.noActivity}</li>`}</ul></details>`;
}

export function renderAsOptions(model: PageModel): string {
  return (model.conversation?.members ?? []).map((m) => `<option value="${esc(m.userId)}"${m.userId === model.as ? ' selected' : ''}>${esc(m.displayName)}</option>`).join('');
}

export function renderPage(model: PageModel): string {
  const c = model.conversation;
  const composer = !c
    ? ''
    : c.chatType === 'channel'
      ? `<p class="meta">${STRINGS.channelReadOnly}</p>`
      : `<form id="composer"><label>${STRINGS.postAs} <select id="as">${renderAsOptions(model)}</select></label><textarea id="text" rows="2" required></textarea><button type="submit">${STRINGS.send}</button></form>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(STRINGS.title)}</title><link rel="stylesheet" href="/sandbox/sandbox.css">
<script src="/sandbox/adaptivecards.js" defer></script><script src="/sandbox/sandbox.js" defer></script></head>
<body data-version="${model.version}" data-tenant="${esc(model.tenantId ?? '')}" data-chat="${esc(c?.id ?? '')}" data-as="${esc(model.as ?? '')}">
<div class="layout"><aside id="sidebar">${renderSidebar(model)}</aside>
<main><div id="main">${renderMain(model)}</div>${composer}</main></div></body></html>`;
}
