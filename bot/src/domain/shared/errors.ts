/**
 * Typed domain errors. The edges (HTTP, bot) translate each kind once into a status code and a
 * localized message; domain code never knows about HTTP.
 */
import type { MessageKey } from '../../i18n/catalog';

/** One field-level problem in a validation error; the edge words it in the caller's language. */
export interface FieldIssue {
  path: string;
  messageKey: MessageKey;
  params?: Record<string, string | number> | undefined;
}

/** Base class: `code` picks the edge translation, `messageKey` the localized text. */
export abstract class DomainError extends Error {
  abstract readonly code: 'not-found' | 'forbidden' | 'validation' | 'precondition-failed' | 'conflict' | 'not-provisioned' | 'unprocessable';
  constructor(
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = new.target.name;
  }
}

/** The thing does not exist, or exists in another tenant, or the caller may not know it exists. */
export class NotFoundError extends DomainError {
  readonly code = 'not-found';
  constructor(params: Record<string, string | number> = {}) {
    super('error.notFound', params);
  }
}

/** The caller is known but lacks the right for this action. */
export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
}

/** The input is well-formed JSON but breaks a rule. */
export class ValidationError extends DomainError {
  readonly code = 'validation';
  constructor(
    readonly issues: FieldIssue[],
    messageKey: MessageKey = 'error.validation',
  ) {
    super(messageKey);
  }
}

/** Optimistic concurrency: the item changed since the caller read it. */
export class PreconditionFailedError extends DomainError {
  readonly code = 'precondition-failed';
  constructor() {
    super('error.preconditionFailed');
  }
}

/** The item already exists, or a concurrent change won. */
export class ConflictError extends DomainError {
  readonly code = 'conflict';
}

/** J1: a 16th delegate (`which: 'delegates'`) or a delegate's 16th delegator (`'delegators'`, `name` theirs). */
export class DelegationLimitError extends ConflictError {
  constructor(
    readonly which: 'delegates' | 'delegators',
    params: { limit: number; name?: string },
  ) {
    super(which === 'delegates' ? 'error.delegation.limit.delegates' : 'error.delegation.limit.delegators', params.name === undefined ? { limit: params.limit } : { limit: params.limit, name: params.name });
  }
}

/** C3: a one-on-one chat cannot be connected; the answer offers a new connected chat with the other person. */
export class OneOnOneChatError extends DomainError {
  readonly code = 'unprocessable';
  constructor(readonly otherUserIds: string[]) {
    super('error.oneOnOneChat');
  }
}

/** D1: joining a chat is refused; `conditions` says which of the three conditions failed. */
export class JoinRefusedError extends DomainError {
  readonly code = 'forbidden';
  constructor(readonly conditions: string[]) {
    super('error.forbidden.join');
  }
}

/** A valid token whose user has not been set up in this tenant. */
export class NotProvisionedError extends DomainError {
  readonly code = 'not-provisioned';
  constructor() {
    super('error.notProvisioned');
  }
}
