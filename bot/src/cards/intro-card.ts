/** The intro card (B4) posted in a newly connected chat: the record's chosen fields and a link back. */
import type { Locale } from '../domain/shared/types';
import { t } from '../i18n/catalog';
import type { AdaptiveCard } from './adaptive-card';

export interface IntroCardModel {
  locale: Locale;
  heading: string;
  /** Field label and value, in the admin's order; restricted fields are never passed in. */
  facts: Array<{ label: string; value: string }>;
  recordUrl: string;
}

export function introCard(model: IntroCardModel): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: t(model.locale, 'intro.connected'), isSubtle: true, size: 'Small', wrap: true },
      { type: 'TextBlock', text: model.heading, size: 'Medium', weight: 'Bolder', wrap: true },
      ...(model.facts.length > 0 ? [{ type: 'FactSet' as const, facts: model.facts.map((f) => ({ title: f.label, value: f.value })) }] : []),
    ],
    actions: [{ type: 'Action.OpenUrl', title: t(model.locale, 'intro.open'), url: model.recordUrl }],
  };
}
