/**
 * The widget's words for the state of things: the status line under the title (connecting, lost,
 * waiting in the queue, who the visitor chats with; nothing when there is nothing to say, or when
 * the banner says the widget gave up connecting) and the banner's text for each error code.
 */
import type { ErrorCode } from '../../bot/src/realtime/chat-protocol';
import type { SessionStatus } from '../../bot/src/domain/sessions/session';
import type { MessageKey } from './i18n';

export const ERROR_KEYS: Record<ErrorCode, MessageKey> = {
  invalid: 'chatwidget.error.invalid',
  tooLarge: 'chatwidget.error.tooLarge',
  rateLimited: 'chatwidget.error.rateLimited',
  badToken: 'chatwidget.error.badToken',
  closed: 'chatwidget.error.closed',
  unavailable: 'chatwidget.error.unavailable',
  notFound: 'chatwidget.error.notFound',
  internal: 'chatwidget.error.internal',
};

export interface LineState {
  gaveUp: boolean;
  connected: boolean;
  ready: boolean;
  droppedOnce: boolean;
  open: boolean;
  started: boolean;
  status: SessionStatus | null;
  agentName: string | null;
}

/** The status line's message, or null for an empty line. */
export function statusLine(s: LineState): { key: MessageKey; params: Record<string, string> } | null {
  if (s.gaveUp) return null;
  if (!s.ready && s.connected && !s.droppedOnce) return { key: 'chatwidget.connecting', params: {} };
  if (!s.ready && (s.droppedOnce || s.open || s.started)) return { key: s.droppedOnce ? 'chatwidget.reconnecting' : 'chatwidget.connecting', params: {} };
  if (s.started && s.status === 'queued') return { key: 'chatwidget.waiting', params: {} };
  if (s.started && s.status === 'active' && s.agentName) return { key: 'chatwidget.chattingWith', params: { agent: s.agentName } };
  return null;
}
