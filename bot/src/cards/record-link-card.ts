/**
 * F1/F2: the cards shown when a record link is pasted. Adaptive Card 1.3 (what link unfurling
 * supports everywhere), localized; the generic card carries no record information at all.
 */
import type { Locale } from '../domain/shared/types';
import { t } from '../i18n/catalog';
import type { AdaptiveCard } from './adaptive-card';

export interface RecordLinkCardModel {
  locale: Locale;
  typeName: string;
  number: string;
  title: string;
  /** Restricted facts are left out by the caller (field-level security). */
  facts: Array<{ label: string; value: string }>;
  url: string;
}

export function recordLinkCard(model: RecordLinkCardModel): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    body: [
      { type: 'TextBlock', text: `${model.typeName} · ${model.number}`, isSubtle: true, size: 'Small', wrap: true },
      { type: 'TextBlock', text: model.title, size: 'Medium', weight: 'Bolder', wrap: true },
      ...(model.facts.length > 0 ? [{ type: 'FactSet' as const, facts: model.facts.map((f) => ({ title: f.label, value: f.value })) }] : []),
    ],
    actions: [{ type: 'Action.OpenUrl', title: t(model.locale, 'link.open'), url: model.url }],
  };
}

/** The one card for a record that is missing, foreign or not readable, and for anonymous users. */
export function genericLinkCard(locale: Locale, url: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    body: [
      { type: 'TextBlock', text: t(locale, 'link.generic.title'), size: 'Medium', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: t(locale, 'link.generic.body'), wrap: true },
    ],
    actions: [{ type: 'Action.OpenUrl', title: t(locale, 'link.open'), url }],
  };
}
