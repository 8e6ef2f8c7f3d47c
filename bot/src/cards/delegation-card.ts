/**
 * J1: the card a delegate gets in their personal chat with the bot when a colleague names them a
 * delegate or ends it, in the delegate's language, with a button that opens Casebridge's tab.
 * A pure function of its model; the name is made inert (it is the directory's, not markdown).
 */
import type { Locale } from '../domain/shared/types';
import { t } from '../i18n/catalog';
import type { AdaptiveCard } from './adaptive-card';
import { safeName } from './transfer-card';

export interface DelegationCardModel {
  locale: Locale;
  change: 'added' | 'removed';
  /** The delegator's display name. */
  delegatorName: string;
  /** Where the button leads: the tab (a Teams deep link) — the delegation page. */
  openUrl: string;
}

/** The notice's text (also the message's summary in the chat list). */
export function delegationNoticeText(model: Pick<DelegationCardModel, 'locale' | 'change' | 'delegatorName'>): string {
  const name = safeName(model.delegatorName);
  return model.change === 'added' ? t(model.locale, 'delegation.card.added', { name }) : t(model.locale, 'delegation.card.removed', { name });
}

export function delegationCard(model: DelegationCardModel): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: t(model.locale, 'delegation.card.title'), size: 'Medium', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: delegationNoticeText(model), wrap: true },
    ],
    actions: [{ type: 'Action.OpenUrl', title: t(model.locale, 'delegation.card.open'), url: model.openUrl }],
  };
}

/** The summary Teams shows in the chat list and notification. */
export function delegationSummary(model: Pick<DelegationCardModel, 'locale' | 'change' | 'delegatorName'>): string {
  const name = model.delegatorName.replace(/\s+/g, ' ').trim().slice(0, 80);
  return t(model.locale, model.change === 'added' ? 'delegation.card.summary.added' : 'delegation.card.summary.removed', { name });
}
