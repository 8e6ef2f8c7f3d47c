/**
 * I4: the card of a chat transfer in Teams — in the colleague's personal chat with Accept and
 * Decline, in the first agent's (and the asking manager's) with "Waiting for …" and Cancel, and for
 * everyone after the decision with its outcome, no buttons, no customer messages and no refresh (a
 * decided card is final: people no longer involved see nothing new). Universal Actions (1.5): the buttons
 * are Action.Execute whose data names only the session and the transfer (`{v, sid, tid}`): who acts
 * comes from the activity, what happens is the sessions service's decision. A pure function of its
 * view model, in the reader's language, always under Teams' message size limit.
 */
import type { Locale } from '../domain/shared/types';
import { t } from '../i18n/catalog';
import { inertMarkdown, type ExecuteAction, type FactSet, type TextBlock } from './adaptive-card';
import { MAX_REFRESH_USERS } from './record-card';
import { cardBytes, MAX_CARD_BYTES } from './work-card';

/** The verbs of the transfer card's buttons and of its automatic refresh. */
export const TRANSFER_VERBS = {
  refresh: 'session.transfer.refresh',
  accept: 'session.transfer.accept',
  decline: 'session.transfer.decline',
  cancel: 'session.transfer.cancel',
} as const;

/** What every button sends: which session and which transfer, nothing else. */
export interface TransferCardData {
  v: 1;
  sid: string;
  tid: string;
}

/** Where the transfer stands, as the card says it. */
export type TransferOutcome =
  | { kind: 'pending' }
  | { kind: 'accepted'; by: string }
  | { kind: 'declined'; by: string }
  | { kind: 'cancelled' }
  | { kind: 'expired' }
  | { kind: 'takenOver'; by: string };

/**
 * Whose copy it is: the colleague asked (Accept, Decline), the agent who offers it (Cancel), or
 * the manager who asked for it (Cancel); `reader` is anyone else shown it read-only.
 */
export type TransferCardRole = 'colleague' | 'agent' | 'manager' | 'reader';

export interface TransferCardModel {
  locale: Locale;
  data: TransferCardData;
  role: TransferCardRole;
  /** The customer's name, or null when they gave none. */
  customerName: string | null;
  /** The name came signed by the site (HMAC identity). */
  verified: boolean;
  siteName: string;
  /** The customer's last few messages, oldest first (clipped here); shown only while the transfer is pending. */
  messages: string[];
  /** The agent handling the chat when it was offered. */
  fromName: string;
  /** The manager who asked, when not the agent themself (I5). */
  byName: string | null;
  toName: string;
  outcome: TransferOutcome;
  /** A line under the outcome: what the reader's own press did, or what had happened first. */
  note?: { text: string; tone: 'good' | 'warning' } | undefined;
  /** Bot Framework ids whose clients refresh the card by themselves (the reader's own; pending cards only). */
  refreshUserIds: string[];
}

interface ActionSet { type: 'ActionSet'; actions: ExecuteAction[] }

/** The card as Teams gets it. */
export interface TransferCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  /** Only while the transfer is pending: a decided card is final. */
  refresh?: { action: ExecuteAction; userIds?: string[] };
  body: Array<TextBlock | FactSet | ActionSet>;
}

/** The customer's messages shown: the newest few, each short. */
export const MAX_CARD_MESSAGES = 3;
const MAX_MESSAGE = 200;
const MAX_NAME = 120;
/** Room left for the message envelope around the card (summary, ids, attachment wrapper). */
const ENVELOPE_BYTES = 1_024;

const clip = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** A person's or customer's name as the cards show it: on one line, clipped, never Markdown. */
export const safeName = (name: string): string => inertMarkdown(clip(name, MAX_NAME));

/** A line that may begin with a name or with "someone": its first letter upper-case. */
export const sentence = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** What the card says happened (or that it waits), in the reader's language; `toName` is shown as given (made safe by the caller). */
export function outcomeText(locale: Locale, outcome: TransferOutcome, toName: string): string {
  switch (outcome.kind) {
    case 'pending': return sentence(t(locale, 'sessioncards.waitingFor', { name: toName }));
    case 'accepted': return t(locale, 'sessioncards.outcome.accepted', { name: safeName(outcome.by) });
    case 'declined': return t(locale, 'sessioncards.outcome.declined', { name: safeName(outcome.by) });
    case 'cancelled': return t(locale, 'sessioncards.outcome.cancelled');
    case 'expired': return t(locale, 'sessioncards.outcome.expired');
    case 'takenOver': return t(locale, 'sessioncards.outcome.takenOver', { name: safeName(outcome.by) });
  }
}

function lead(m: TransferCardModel, names: { from: string; by: string | null; to: string }): string {
  return sentence(leadText(m, names));
}

function leadText(m: TransferCardModel, names: { from: string; by: string | null; to: string }): string {
  const { locale } = m;
  switch (m.role) {
    case 'colleague':
      return names.by ? t(locale, 'sessioncards.lead.toColleagueBy', { by: names.by, from: names.from }) : t(locale, 'sessioncards.lead.toColleague', { from: names.from });
    case 'agent':
      return names.by ? t(locale, 'sessioncards.lead.fromManager', { by: names.by, to: names.to }) : t(locale, 'sessioncards.lead.fromSelf', { to: names.to });
    case 'manager':
      return t(locale, 'sessioncards.lead.manager', { from: names.from, to: names.to });
    case 'reader':
      return t(locale, 'sessioncards.lead.reader', { from: names.from, to: names.to });
  }
}

function buttons(m: TransferCardModel): ExecuteAction[] {
  if (m.outcome.kind !== 'pending') return [];
  const data = { ...m.data };
  if (m.role === 'colleague') {
    return [
      { type: 'Action.Execute', title: t(m.locale, 'sessioncards.accept'), verb: TRANSFER_VERBS.accept, data, style: 'positive' },
      { type: 'Action.Execute', title: t(m.locale, 'sessioncards.decline'), verb: TRANSFER_VERBS.decline, data, style: 'destructive' },
    ];
  }
  if (m.role === 'agent' || m.role === 'manager') return [{ type: 'Action.Execute', title: t(m.locale, 'sessioncards.cancel'), verb: TRANSFER_VERBS.cancel, data }];
  return [];
}

function drawn(m: TransferCardModel, messages: number, messageLength: number): TransferCard {
  const { locale } = m;
  // Names are people's and customers' words: shown as written, never as links (Markdown).
  const names = { from: safeName(m.fromName), by: m.byName ? safeName(m.byName) : null, to: safeName(m.toName) };
  const customer = m.customerName ? safeName(m.customerName) : t(locale, 'sessioncards.visitor');
  const facts = [
    { title: t(locale, 'sessioncards.fact.customer'), value: m.verified && m.customerName ? `${customer} ${t(locale, 'sessioncards.verified')}` : customer },
    { title: t(locale, 'sessioncards.fact.site'), value: safeName(m.siteName) },
    { title: t(locale, 'sessioncards.fact.from'), value: sentence(names.from) },
    ...(names.by ? [{ title: t(locale, 'sessioncards.fact.askedBy'), value: sentence(names.by) }] : []),
    { title: t(locale, 'sessioncards.fact.to'), value: sentence(names.to) },
  ];
  const pending = m.outcome.kind === 'pending';
  // The customer's words only while it waits for an answer: a decided card shows nothing newer to anyone.
  const quotes = pending && messages > 0 ? m.messages.map((text) => clip(text, messageLength)).filter((text) => text !== '').slice(-messages) : [];
  // The colleague's own copy needs no "waiting for you": the buttons ask.
  const status = pending && m.role === 'colleague' ? null : outcomeText(locale, m.outcome, names.to);
  const actions = buttons(m);
  const body: TransferCard['body'] = [
    { type: 'TextBlock', text: t(locale, 'sessioncards.transferTitle'), size: 'Medium', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: lead(m, names), wrap: true },
    { type: 'FactSet', facts },
    ...(quotes.length > 0
      ? [
          { type: 'TextBlock' as const, text: t(locale, 'sessioncards.lastMessages'), weight: 'Bolder' as const, size: 'Small' as const, wrap: true },
          ...quotes.map((text) => ({ type: 'TextBlock' as const, text: inertMarkdown(text), wrap: true, isSubtle: true, size: 'Small' as const })),
        ]
      : []),
    ...(status ? [{ type: 'TextBlock' as const, text: status, weight: 'Bolder' as const, wrap: true, color: statusColor(m.outcome) }] : []),
    ...(m.note ? [{ type: 'TextBlock' as const, text: m.note.text, wrap: true, color: m.note.tone === 'good' ? ('Good' as const) : ('Warning' as const) }] : []),
    ...(actions.length > 0 ? [{ type: 'ActionSet' as const, actions }] : []),
  ];
  const userIds = [...new Set(m.refreshUserIds)].slice(0, MAX_REFRESH_USERS);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    // Final once decided: no refresh, so nobody's client asks for it again.
    ...(pending
      ? { refresh: { action: { type: 'Action.Execute' as const, title: t(locale, 'sessioncards.refresh'), verb: TRANSFER_VERBS.refresh, data: { ...m.data } }, ...(userIds.length > 0 ? { userIds } : {}) } }
      : {}),
    body,
  };
}

function statusColor(outcome: TransferOutcome): TextBlock['color'] {
  if (outcome.kind === 'accepted') return 'Good';
  if (outcome.kind === 'pending') return 'Accent';
  return 'Warning';
}

/** The transfer card for one reader; shorter quotes (then none) should anything make it too big. */
export function transferCard(model: TransferCardModel): TransferCard {
  const fits = (card: TransferCard) => cardBytes(card) <= MAX_CARD_BYTES - ENVELOPE_BYTES;
  for (const [messages, length] of [[MAX_CARD_MESSAGES, MAX_MESSAGE], [2, 100], [0, 0]] as const) {
    const card = drawn(model, messages, length);
    if (fits(card)) return card;
  }
  return drawn({ ...model, note: undefined, refreshUserIds: [] }, 0, 0);
}

/** The answer to a button of a transfer the presser may not see (or that is gone). */
export function goneTransferCard(locale: Locale): { type: 'AdaptiveCard'; $schema: 'http://adaptivecards.io/schemas/adaptive-card.json'; version: '1.5'; body: TextBlock[] } {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: t(locale, 'sessioncards.gone'), wrap: true }],
  };
}
