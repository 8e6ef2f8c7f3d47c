/** Turning what failed into a localized error frame (both edges), never with internals. */
import type { Logger } from 'pino';
import { DomainError } from '../domain/shared/errors';
import type { Locale } from '../domain/shared/types';
import { t, type MessageKey } from '../i18n/catalog';

/** WebSocket close codes of the chat edges (4000–4999 are the application's). */
export const CLOSE = {
  /** The first frame was not a valid hello, or it named another site. */
  badHello: 4400,
  /** Forged, expired or foreign visitor token (or agent ticket). */
  badToken: 4401,
  /** The agent is not a user of the tenant. */
  forbidden: 4403,
  notFound: 4404,
  /** No hello within the time allowed. */
  helloTimeout: 4408,
  /** Too many frames waiting to be handled (a flood). */
  tooManyFrames: 1008,
  /** The server is stopping: reconnect. */
  goingAway: 1001,
} as const;

export interface ErrorFrame<C extends string> {
  t: 'error';
  code: C;
  message: string;
}

export function errorFrame<C extends string>(locale: Locale, code: C, key: MessageKey, params: Record<string, string | number> = {}): ErrorFrame<C> {
  return { t: 'error', code, message: t(locale, key, params) };
}

/** A domain error (its own localized message) or anything else (logged, `internal`). */
export function failureFrame<C extends string>(
  error: unknown,
  locale: Locale,
  codes: Record<DomainError['code'], C>,
  internal: C,
  logger: Logger,
): ErrorFrame<C> {
  if (error instanceof DomainError) return { t: 'error', code: codes[error.code], message: t(locale, error.messageKey, error.params) };
  logger.error({ err: error }, 'chat socket request failed');
  return errorFrame(locale, internal, 'realtime.error.internal');
}
