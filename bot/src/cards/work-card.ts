/**
 * H3: the card in an agent's personal chat with the bot that tells them what happened to their
 * work — cases assigned or transferred to them, customer replies on their cases — batched: one
 * card lists every case of the batch, each with Open (the tab's deep link), Accept (when they may
 * take it) and a short inline reply. Universal Actions (1.5): every button is an Action.Execute
 * whose data names the stored batch (never its events: the bot reads the batch back for the person
 * who pressed), so the bot redraws the whole card with the outcome after an action. The card stays
 * under Teams' message size limit whatever the batch holds: lines and quotes shrink until it fits.
 */
import type { Locale } from '../domain/shared/types';
import { t } from '../i18n/catalog';
import { inertMarkdown, type ExecuteAction, type FactSet, type OpenUrlAction, type TextBlock } from './adaptive-card';

/** What the card's buttons send: the batch's id (to read it back and redraw), and which case the button is about. */
export interface WorkCardData {
  v: 2;
  b: string;
  recordId?: string;
}

/** One line under a case: what happened. */
export interface WorkCardLine {
  text: string;
  /** A customer's words, shown as a quote (never Markdown). */
  quote?: string;
}

/** One case of the batch, as this agent may see it. */
export interface WorkCardItem {
  recordId: string;
  heading: string;
  lines: WorkCardLine[];
  facts: Array<{ label: string; value: string }>;
  openUrl: string;
  canAccept: boolean;
  canReply: boolean;
  note?: { text: string; tone: 'good' | 'warning' } | undefined;
}

export interface WorkCardModel {
  locale: Locale;
  items: WorkCardItem[];
  /** Cases of the batch the agent can no longer see (they are named by count only). */
  hiddenCount: number;
  data: WorkCardData;
  /** Bot Framework ids that refresh the card by themselves (the agent, when known). */
  refreshUserIds: string[];
}

/** A batch never lists more cases than this (the rest: "and N more"), keeping the card under Teams' size limit. */
export const MAX_WORK_CARD_ITEMS = 8;
/** Teams refuses a message over about 28 KB: the card as sent stays under this many bytes of JSON. */
export const MAX_CARD_BYTES = 28_672;
/** Room left for the message envelope around the card (summary, ids, attachment wrapper). */
const ENVELOPE_BYTES = 1_024;
/** How far a card shrinks to fit: the newest lines per case, and quotes cut to this many characters. */
const FITS: Array<{ lines: number; quote: number }> = [{ lines: 3, quote: 280 }, { lines: 2, quote: 140 }, { lines: 1, quote: 60 }, { lines: 1, quote: 0 }];
const MAX_HEADING = 200;
const MAX_LINE = 200;
/** Longest inline reply the card takes (longer replies belong in the tab's composer). */
export const MAX_INLINE_REPLY = 2000;

export const WORK_VERBS = { refresh: 'work.refresh', accept: 'work.accept', reply: 'work.reply' } as const;

/** The id of the reply input of the case at `index` (unique per card). */
export const replyInputId = (index: number): string => `reply${index}`;

interface TextInput { type: 'Input.Text'; id: string; label: string; placeholder?: string; maxLength: number; isMultiline: boolean; isRequired: boolean; errorMessage: string }
interface ExecuteWithInputs extends ExecuteAction { associatedInputs?: 'auto' | 'none' }
interface ShowCard { type: 'Action.ShowCard'; title: string; card: { type: 'AdaptiveCard'; body: TextInput[]; actions: ExecuteWithInputs[] } }
type ItemAction = OpenUrlAction | ExecuteWithInputs | ShowCard;
interface ActionSet { type: 'ActionSet'; actions: ItemAction[] }
interface Container { type: 'Container'; separator?: boolean; spacing?: 'Medium'; items: Array<TextBlock | FactSet | ActionSet> }

/** The card as Teams gets it. */
export interface WorkCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  refresh: { action: ExecuteAction; userIds?: string[] };
  body: Array<TextBlock | Container>;
}

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function itemContainer(model: WorkCardModel, item: WorkCardItem, index: number, fit: { lines: number; quote: number }): Container {
  const { locale } = model;
  const data = { ...model.data, recordId: item.recordId };
  const actions: ItemAction[] = [{ type: 'Action.OpenUrl', title: t(locale, 'notify.card.open'), url: item.openUrl }];
  if (item.canAccept) actions.push({ type: 'Action.Execute', title: t(locale, 'notify.card.accept'), verb: WORK_VERBS.accept, data, style: 'positive' });
  if (item.canReply) {
    actions.push({
      type: 'Action.ShowCard',
      title: t(locale, 'notify.card.reply'),
      card: {
        type: 'AdaptiveCard',
        body: [{
          type: 'Input.Text', id: replyInputId(index), label: t(locale, 'notify.card.replyLabel'), placeholder: t(locale, 'notify.card.replyPlaceholder'),
          maxLength: MAX_INLINE_REPLY, isMultiline: true, isRequired: true, errorMessage: t(locale, 'notify.card.replyRequired'),
        }],
        actions: [{ type: 'Action.Execute', title: t(locale, 'notify.card.send'), verb: WORK_VERBS.reply, data: { ...data, input: replyInputId(index) }, associatedInputs: 'auto' }],
      },
    });
  }
  const newest = item.lines.slice(-fit.lines);
  const lines: TextBlock[] = newest.flatMap((line) => {
    const quote = fit.quote > 0 && line.quote ? clip(line.quote, fit.quote) : '';
    return [
      { type: 'TextBlock' as const, text: inertMarkdown(clip(line.text, MAX_LINE)), wrap: true, size: 'Small' as const },
      ...(quote ? [{ type: 'TextBlock' as const, text: inertMarkdown(quote), wrap: true, isSubtle: true, size: 'Small' as const }] : []),
    ];
  });
  const earlier = item.lines.length - newest.length;
  if (earlier > 0) lines.unshift({ type: 'TextBlock', text: t(locale, 'notify.card.earlier', { count: earlier }), wrap: true, isSubtle: true, size: 'Small' });
  return {
    type: 'Container',
    separator: index > 0,
    spacing: 'Medium',
    items: [
      { type: 'TextBlock', text: inertMarkdown(clip(item.heading, MAX_HEADING)), weight: 'Bolder', wrap: true },
      ...lines,
      ...(item.facts.length > 0 ? [{ type: 'FactSet' as const, facts: item.facts.map((f) => ({ title: f.label, value: inertMarkdown(f.value) })) }] : []),
      ...(item.note ? [{ type: 'TextBlock' as const, text: item.note.text, wrap: true, color: item.note.tone === 'good' ? ('Good' as const) : ('Warning' as const) }] : []),
      { type: 'ActionSet', actions },
    ],
  };
}

/** The size of a card as Teams counts it: bytes of its JSON. */
export const cardBytes = (card: object): number => new TextEncoder().encode(JSON.stringify(card)).length;

/** The personal-chat card for one batch (or its redraw after an action), shrunk until it fits Teams' limit. */
export function workCard(model: WorkCardModel): WorkCard {
  const fits = (card: WorkCard) => cardBytes(card) <= MAX_CARD_BYTES - ENVELOPE_BYTES;
  for (const fit of FITS) {
    const card = drawn(model, MAX_WORK_CARD_ITEMS, fit);
    if (fits(card)) return card;
  }
  // Only absurd headings or notes get here: fewer cases, each one line.
  let card = drawn(model, MAX_WORK_CARD_ITEMS - 1, { lines: 1, quote: 0 });
  for (let items = MAX_WORK_CARD_ITEMS - 2; items >= 1 && !fits(card); items--) card = drawn(model, items, { lines: 1, quote: 0 });
  return card;
}

function drawn(model: WorkCardModel, maxItems: number, fit: { lines: number; quote: number }): WorkCard {
  const { locale } = model;
  const shown = model.items.slice(0, maxItems);
  const more = model.items.length - shown.length + model.hiddenCount;
  const body: WorkCard['body'] = [
    { type: 'TextBlock', text: t(locale, 'notify.card.title', { count: model.items.length + model.hiddenCount }), size: 'Medium', weight: 'Bolder', wrap: true },
    ...shown.map((item, index) => itemContainer(model, item, index, fit)),
    ...(more > 0 ? [{ type: 'TextBlock' as const, text: t(locale, 'notify.card.more', { count: more }), isSubtle: true, wrap: true }] : []),
  ];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    refresh: {
      action: { type: 'Action.Execute', title: t(locale, 'notify.card.refresh'), verb: WORK_VERBS.refresh, data: { ...model.data } },
      ...(model.refreshUserIds.length > 0 ? { userIds: model.refreshUserIds.slice(0, 60) } : {}),
    },
    body,
  };
}

/** The answer to a button of a card whose batch is gone (old, or not this person's). */
export function goneWorkCard(locale: Locale): { type: 'AdaptiveCard'; $schema: string; version: '1.5'; body: TextBlock[] } {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: t(locale, 'notify.card.gone'), wrap: true }],
  };
}
