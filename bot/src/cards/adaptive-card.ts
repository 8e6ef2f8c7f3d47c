/** The small subset of the Adaptive Card schema Casebridge renders, typed. */

/**
 * Users' text (a record's title, a field's value) for a TextBlock or a FactSet value, which Teams
 * renders as Markdown: it stays readable, but can never become a link whose text hides where it
 * goes (`[Reset password](https://…)`) or an image. A zero-width space breaks the link syntax.
 */
export function inertMarkdown(text: string): string {
  return text.replace(/\]\s*\(/g, (m) => `]\u200b${m.slice(1)}`).replace(/!\[/g, '!\u200b[');
}

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  weight?: 'Default' | 'Lighter' | 'Bolder';
  size?: 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  color?: 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  isSubtle?: boolean;
}

export interface FactSet {
  type: 'FactSet';
  facts: Array<{ title: string; value: string }>;
}

export interface ChoiceSetInput {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  /** Preselected choice; none when the person must choose. */
  value?: string;
  placeholder?: string;
  isRequired?: boolean;
  errorMessage?: string;
  choices: Array<{ title: string; value: string }>;
}

export type CardElement = TextBlock | FactSet | ChoiceSetInput;

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/** Universal Actions (1.4+): Teams sends an `adaptiveCard/action` invoke to the bot. */
export interface ExecuteAction {
  type: 'Action.Execute';
  title?: string;
  verb: string;
  data: Record<string, unknown>;
  style?: 'default' | 'positive' | 'destructive';
}

/** A card shown inside the card when its action is pressed. */
export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: { type: 'AdaptiveCard'; body: CardElement[]; actions?: CardAction[] };
}

export type CardAction = OpenUrlAction | ExecuteAction | ShowCardAction;

/** Universal Actions: how (and for whom, automatically) the card is refreshed. */
export interface Refresh {
  action: ExecuteAction;
  /** Bot Framework user ids (`29:…`) whose view refreshes by itself; at most 60 count. */
  userIds?: string[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.3' | '1.4' | '1.5';
  refresh?: Refresh;
  body: CardElement[];
  actions?: CardAction[];
}

/** The MIME type of an Adaptive Card attachment. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
