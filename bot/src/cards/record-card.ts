/**
 * The record card (F5) the bot posts in connected chats, and the intro card (B4), which is the same
 * card under a "connected" banner. Adaptive Card 1.5 with Universal Actions: every copy in a chat
 * is the shared view (state only, no buttons) with a `refresh` that has Teams ask the bot for each
 * member's own view, which carries only the actions that member may take.
 */
import type { AllowedCardActions } from '../domain/records/card-actions';
import type { Locale } from '../domain/shared/types';
import { t } from '../i18n/catalog';
import { inertMarkdown, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card';

/** What every Action.Execute of a record card carries: which card, which record, which version. */
export interface CardRef {
  v: 1;
  kind: 'intro' | 'record';
  recordId: string;
  /** The record's ETag when the card was drawn: a change made from it must still be current. */
  etag: string;
}

/** Teams refreshes automatically for at most this many listed users. */
export const MAX_REFRESH_USERS = 60;

export interface RecordCardModel {
  locale: Locale;
  /** 'intro' shows the "connected" banner (B4). */
  kind: CardRef['kind'];
  heading: string;
  /** Field label and value; restricted fields are never passed in. */
  facts: Array<{ label: string; value: string }>;
  recordUrl: string;
  /** Universal Actions; absent for a static preview (the admin settings). */
  live?: {
    recordId: string;
    etag: string;
    /** Who refreshes automatically (Bot Framework ids); others refresh by hand. */
    refreshUserIds: string[];
    /** The viewer's actions; null in the shared view. */
    actions: AllowedCardActions | null;
    /** A short note on top: why nothing changed, or what did. */
    note?: { text: string; tone: 'good' | 'warning' } | undefined;
  };
}

function actionsOf(model: RecordCardModel, ref: CardRef): CardAction[] {
  const { locale } = model;
  const actions: CardAction[] = [];
  const allowed = model.live?.actions;
  if (allowed?.assignToMe) actions.push({ type: 'Action.Execute', title: t(locale, 'card.assignToMe'), verb: 'assignToMe', data: { ...ref } });
  if (allowed && allowed.statuses.length > 0) {
    const choices = allowed.statuses.map((s) => ({ title: t(locale, `status.${s}`), value: s }));
    actions.push({
      type: 'Action.ShowCard',
      title: t(locale, 'card.changeStatus'),
      card: {
        type: 'AdaptiveCard',
        body: [{ type: 'Input.ChoiceSet', id: 'status', label: t(locale, 'field.status'), placeholder: t(locale, 'card.statusPlaceholder'), isRequired: true, errorMessage: t(locale, 'card.pickStatus'), choices }],
        actions: [{ type: 'Action.Execute', title: t(locale, 'card.apply'), verb: 'setStatus', data: { ...ref } }],
      },
    });
  }
  if (allowed?.close) actions.push({ type: 'Action.Execute', title: t(locale, 'card.close'), verb: 'close', data: { ...ref }, style: 'destructive' });
  actions.push({ type: 'Action.OpenUrl', title: t(locale, 'intro.open'), url: model.recordUrl });
  return actions;
}

export function recordCard(model: RecordCardModel): AdaptiveCard {
  const { locale, live } = model;
  const body: CardElement[] = [];
  if (live?.note) body.push({ type: 'TextBlock', text: live.note.text, wrap: true, weight: 'Bolder', color: live.note.tone === 'good' ? 'Good' : 'Warning' });
  if (model.kind === 'intro') body.push({ type: 'TextBlock', text: t(locale, 'intro.connected'), isSubtle: true, size: 'Small', wrap: true });
  body.push({ type: 'TextBlock', text: inertMarkdown(model.heading), size: 'Medium', weight: 'Bolder', wrap: true });
  if (model.facts.length > 0) body.push({ type: 'FactSet', facts: model.facts.map((f) => ({ title: f.label, value: inertMarkdown(f.value) })) });
  const card: AdaptiveCard = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body };
  if (!live) return { ...card, actions: [{ type: 'Action.OpenUrl', title: t(locale, 'intro.open'), url: model.recordUrl }] };
  const ref: CardRef = { v: 1, kind: model.kind, recordId: live.recordId, etag: live.etag };
  return {
    ...card,
    refresh: {
      action: { type: 'Action.Execute', title: t(locale, 'card.refresh'), verb: 'refresh', data: { ...ref } },
      userIds: live.refreshUserIds.slice(0, MAX_REFRESH_USERS),
    },
    actions: actionsOf(model, ref),
  };
}

/** The answer to a card action on a record the person may not see (or that is not there). */
export function unavailableRecordCard(locale: Locale, note: string | null): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      ...(note ? [{ type: 'TextBlock' as const, text: note, wrap: true, weight: 'Bolder' as const, color: 'Warning' as const }] : []),
      { type: 'TextBlock', text: t(locale, 'link.generic.title'), size: 'Medium', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: t(locale, 'link.generic.body'), wrap: true },
    ],
  };
}
