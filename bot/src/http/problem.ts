/**
 * RFC 9457 problem details: every error the API returns, with a localized title and detail.
 * Domain errors are translated here, once.
 */
import { TeamsCallError, type TeamsFailureKind } from '../domain/chats/teams-port';
import { DomainError, JoinRefusedError, OneOnOneChatError, ValidationError, type FieldIssue } from '../domain/shared/errors';
import type { Locale } from '../domain/shared/types';
import { isMessageKey, t, type MessageKey } from '../i18n/catalog';

/** A field-level problem as the API words it. */
export interface ProblemIssue {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string | undefined;
  errors?: ProblemIssue[] | undefined;
  /** D1: which join conditions failed. */
  conditions?: string[] | undefined;
  /** C3: what to do instead, e.g. start a new connected chat with these people. */
  offer?: { action: 'newConnectedChat'; memberIds: string[] } | undefined;
  /** Seconds to wait before trying again: sent as the `Retry-After` header, not in the body. */
  retryAfter?: number | undefined;
}

/** An error that already knows its HTTP status and message (thrown by the edge itself). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly titleKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly issues?: ProblemIssue[],
  ) {
    super(titleKey);
    this.name = 'HttpProblem';
  }
}

/** A caller or client address over its rate limit (http/rate-limits.ts): 429 with Retry-After. */
export class RateLimitedError extends HttpProblem {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'error.tooManyRequests', { seconds: retryAfterSeconds });
    this.name = 'RateLimitedError';
  }
}

const TYPE_BASE = 'https://casebridge.dev/problems/';

const DOMAIN_STATUS: Record<DomainError['code'], number> = {
  'not-found': 404,
  forbidden: 403,
  validation: 400,
  'precondition-failed': 412,
  conflict: 409,
  'not-provisioned': 403,
  unprocessable: 422,
};

const DETAIL: Partial<Record<MessageKey, MessageKey>> = {
  'error.notFound': 'error.notFound.detail',
  'error.validation': 'error.validation.detail',
  'error.preconditionFailed': 'error.preconditionFailed.detail',
  'error.unauthorized': 'error.unauthorized.detail',
  'error.internal': 'error.internal.detail',
  'error.tooManyRequests': 'error.tooManyRequests.detail',
};

function titleFor(status: number): MessageKey {
  if (status === 401) return 'error.unauthorized';
  if (status === 403) return 'error.forbidden';
  if (status === 404) return 'error.notFound';
  if (status === 409) return 'error.conflict';
  if (status === 412) return 'error.preconditionFailed';
  if (status === 429) return 'error.tooManyRequests';
  if (status >= 500) return 'error.internal';
  return 'error.validation';
}

/** Builds a problem for a status, with the message `key` as detail (or as title where it is one). */
/** A domain field issue in the caller's language. */
export function wordIssue(issue: FieldIssue, locale: Locale): ProblemIssue {
  return { path: issue.path, message: t(locale, issue.messageKey, issue.params) };
}

export function problemOf(status: number, key: MessageKey, locale: Locale, params: Record<string, string | number> = {}, issues?: ProblemIssue[]): Problem {
  const titleKey = titleFor(status);
  const detailKey = key === titleKey ? DETAIL[key] : key;
  return {
    type: `${TYPE_BASE}${key.replace(/^error\./, '')}`,
    title: t(locale, titleKey),
    status,
    detail: detailKey ? t(locale, detailKey, params) : undefined,
    errors: issues,
  };
}

/**
 * Each way a Teams call can fail, as the API says it: refusals keep a fitting 4xx (or 502 when
 * Teams refused what Casebridge itself sent), outages a 5xx that says which outage it was. Never
 * Graph's own message: it can name internals.
 */
const TEAMS_PROBLEM: Record<TeamsFailureKind, { status: number; detail: MessageKey }> = {
  invalid: { status: 400, detail: 'error.teamsInvalid' },
  refused: { status: 403, detail: 'error.teamsRefused' },
  notFound: { status: 404, detail: 'error.teamsNotFound' },
  conflict: { status: 409, detail: 'error.teamsConflict' },
  rejected: { status: 502, detail: 'error.teamsRejected' },
  throttled: { status: 503, detail: 'error.teamsThrottled' },
  timeout: { status: 504, detail: 'error.teamsUnavailable' },
  unreachable: { status: 503, detail: 'error.teamsUnreachable' },
  unavailable: { status: 503, detail: 'error.teamsDown' },
  malformed: { status: 502, detail: 'error.teamsMalformed' },
  noToken: { status: 503, detail: 'error.teamsNoToken' },
};

/** A failed Teams call as a problem, with Teams' `Retry-After` passed on when it gave one. */
export function teamsProblem(error: TeamsCallError, locale: Locale): Problem {
  const { status, detail } = TEAMS_PROBLEM[error.kind];
  const wait = error.retryAfterSeconds;
  return {
    type: `${TYPE_BASE}teams/${error.kind}`,
    title: t(locale, status < 500 || error.kind === 'rejected' ? 'error.teamsRefused.title' : 'error.teamsFailed.title'),
    status,
    detail: t(locale, detail),
    retryAfter: wait === null || status < 500 ? undefined : Math.ceil(wait),
  };
}

/** Translates any thrown error into a problem; unknown errors become a 500 without internals. */
export function problemFromError(error: unknown, locale: Locale): Problem {
  if (error instanceof RateLimitedError) return { ...problemOf(429, error.titleKey, locale, error.params), retryAfter: error.retryAfterSeconds };
  if (error instanceof HttpProblem) return problemOf(error.status, error.titleKey, locale, error.params, error.issues);
  if (error instanceof ValidationError) return problemOf(400, error.messageKey, locale, error.params, error.issues.map((i) => wordIssue(i, locale)));
  if (error instanceof JoinRefusedError) {
    const reasons = error.conditions
      .map((condition) => {
        const key = `join.${condition}`;
        return isMessageKey(key) ? t(locale, key) : condition;
      })
      .join('; ');
    return { ...problemOf(403, 'error.forbidden.join', locale, { reasons }), conditions: error.conditions };
  }
  if (error instanceof OneOnOneChatError) {
    return { ...problemOf(422, error.messageKey, locale), offer: { action: 'newConnectedChat', memberIds: error.otherUserIds } };
  }
  if (error instanceof TeamsCallError) return teamsProblem(error, locale);
  if (error instanceof DomainError) return problemOf(DOMAIN_STATUS[error.code], error.messageKey, locale, error.params);
  return problemOf(500, 'error.internal', locale);
}
