/**
 * J6: the card that tells a delegator an item was parked for them — in their personal chat with
 * the bot, in their language: who parked what, "Pick up" (Universal Action `park.pickUp`, whose data
 * names only the item and the park) and "Open"; after the pick-up every posted copy shows "Picked up
 * by …" and no button. A pure function of its view model.
 */
import type { Locale } from '../domain/shared/types';
import { t } from '../i18n/catalog';
import { inertMarkdown, type AdaptiveCard, type CardElement } from './adaptive-card';

/** The verb of the card's "Pick up" button. */
export const PARK_VERBS = { pickUp: 'park.pickUp' } as const;

/**
 * What "Pick up" sends: the item (`k` record or session, `id`), the park's time (`at`) and who parked
 * it (`by`, only for the redrawn card's wording; who picks up comes from the activity).
 */
export interface ParkCardData {
  v: 1;
  k: 'record' | 'session';
  id: string;
  at: string;
  by: string;
}

export interface ParkCardModel {
  locale: Locale;
  data: ParkCardData;
  /** The delegate who parked it. */
  byName: string;
  /** A case: its number, title and status label; a session: the customer's name. */
  item: { kind: 'record'; number: string; title: string; statusLabel: string } | { kind: 'session'; customer: string };
  /** Where "Open" goes (the tab's page of the item). */
  openUrl: string;
  /** Picked up: by whom (then the card is final, without the button). */
  pickedUpBy: string | null;
  /** A line under it: what the reader's own press did. */
  note?: { text: string; tone: 'good' | 'warning' } | undefined;
}

/** The card's summary line (the chat list's preview). */
export function parkCardSummary(model: Pick<ParkCardModel, 'locale' | 'byName' | 'item'>): string {
  const number = model.item.kind === 'record' ? model.item.number : model.item.customer;
  return t(model.locale, 'park.card.summary', { by: model.byName, number });
}

export function parkCard(model: ParkCardModel): AdaptiveCard {
  const { locale, item } = model;
  const lead = item.kind === 'record'
    ? t(locale, 'park.card.lead', { by: model.byName, number: item.number, title: item.title })
    : t(locale, 'park.card.leadSession', { by: model.byName, customer: item.customer });
  const facts = item.kind === 'record'
    ? [
        { title: t(locale, 'park.card.fact.case'), value: inertMarkdown(`${item.number} · ${item.title}`) },
        { title: t(locale, 'park.card.fact.status'), value: item.statusLabel },
        { title: t(locale, 'park.card.fact.parkedBy'), value: inertMarkdown(model.byName) },
      ]
    : [
        { title: t(locale, 'park.card.fact.customer'), value: inertMarkdown(item.customer) },
        { title: t(locale, 'park.card.fact.parkedBy'), value: inertMarkdown(model.byName) },
      ];
  const body: CardElement[] = [
    { type: 'TextBlock', text: inertMarkdown(lead), wrap: true, weight: 'Bolder' },
    { type: 'FactSet', facts },
  ];
  if (model.pickedUpBy !== null) body.push({ type: 'TextBlock', text: inertMarkdown(t(locale, 'park.card.outcome.pickedUp', { name: model.pickedUpBy })), wrap: true, color: 'Good', weight: 'Bolder' });
  if (model.note) body.push({ type: 'TextBlock', text: inertMarkdown(model.note.text), wrap: true, color: model.note.tone === 'good' ? 'Good' : 'Warning' });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: [
      ...(model.pickedUpBy === null ? [{ type: 'Action.Execute' as const, title: t(locale, 'park.card.pickUp'), verb: PARK_VERBS.pickUp, data: { ...model.data }, style: 'positive' as const }] : []),
      { type: 'Action.OpenUrl' as const, title: t(locale, 'park.card.open'), url: model.openUrl },
    ],
  };
}

/** The card for an item that is gone or out of the reader's sight. */
export function goneParkCard(locale: Locale): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body: [{ type: 'TextBlock', text: t(locale, 'park.card.gone'), wrap: true }] };
}
