/**
 * F1/F2: the cards shown when a record link is pasted. Adaptive Card 1.3 (what link unfurling
 * supports everywhere), localized; the generic card carries no record information at all.
 */
import type { Locale } from '../domain/shared/types';
import { t } from '../i18n/catalog';
import { inertMarkdown, type AdaptiveCard } from './adaptive-card';

export interface RecordLinkCardModel {
  locale: Locale;
  typeName: string;
  number: string;
  title: string;
  /** Restricted facts are left out by the caller (field-level security). */
  facts: Array<{ label: string; value: string }>;
  /** The record's canonical address (A5), built by Casebridge: never the pasted URL. */
  url: string;
}

export function recordLinkCard(model: RecordLinkCardModel): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    body: [
      { type: 'TextBlock', text: `${model.typeName} · ${model.number}`, isSubtle: true, size: 'Small', wrap: true },
      { type: 'TextBlock', text: inertMarkdown(model.title), size: 'Medium', weight: 'Bolder', wrap: true },
      ...(model.facts.length > 0 ? [{ type: 'FactSet' as const, facts: model.facts.map((f) => ({ title: f.label, value: inertMarkdown(f.value) })) }] : []),
    ],
    actions: [{ type: 'Action.OpenUrl', title: t(model.locale, 'link.open'), url: model.url }],
  };
}

/**
 * Text for places that render Markdown or HTML (the unfurl preview): tags, entities and Markdown
 * markup removed, a link reduced to its text, whitespace collapsed. A record's title is the
 * user's, and must not become a link or formatting there.
 */
export function plainText(text: string, max = 200): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, ' ')
    .replace(/[*_`~#<>|\\[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/** F1: the title of the preview Teams shows for an unfurled record link, as plain text. */
export function previewTitle(number: string, title: string): string {
  return plainText(`${number} · ${title}`);
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
