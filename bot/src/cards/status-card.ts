/**
 * I1 from the bot: the small card the personal chat answers "status" with — the agent's status
 * now, and one Action.Execute button per status (verb `session.status`, data `{v, status}`).
 */
import { AGENT_STATUSES, type AgentStatus } from '../domain/sessions/session';
import type { Locale } from '../domain/shared/types';
import { t } from '../i18n/catalog';
import type { ExecuteAction, TextBlock } from './adaptive-card';

export const STATUS_VERB = 'session.status';

/** What a status button sends. */
export interface StatusCardData {
  v: 1;
  status: AgentStatus;
}

export interface StatusCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: TextBlock[];
  actions: ExecuteAction[];
}

/** The status word in the reader's language. */
export const statusLabel = (locale: Locale, status: AgentStatus): string => t(locale, `sessioncards.status.${status}`);

export function statusCard(model: { locale: Locale; status: AgentStatus; note?: { text: string; tone: 'good' | 'warning' } | undefined }): StatusCard {
  const { locale, status } = model;
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: t(locale, 'sessioncards.status.title'), weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: t(locale, 'sessioncards.status.current', { status: statusLabel(locale, status) }), wrap: true },
      ...(model.note ? [{ type: 'TextBlock' as const, text: model.note.text, wrap: true, color: model.note.tone === 'good' ? ('Good' as const) : ('Warning' as const) }] : []),
    ],
    actions: AGENT_STATUSES.map((s) => ({
      type: 'Action.Execute' as const,
      title: statusLabel(locale, s),
      verb: STATUS_VERB,
      data: { v: 1, status: s } satisfies StatusCardData,
      ...(s === status ? { style: 'positive' as const } : {}),
    })),
  };
}
