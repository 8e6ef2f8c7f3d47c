/**
 * Idempotency-Key for reply, forward and note. The key fixes the new message's id (and so its
 * Message-ID) per caller, action AND case: the same key on another case can never make the same
 * Message-ID (the mail index would send that case's customer replies to the first case).
 *
 * What a key was used for is kept as two entries in the audit container under the subject
 * `compose-keys:{userId}` (point reads, written after the message): `{key}` says the key is used,
 * `{key}:{request}` says for which case and body. A second use of the key is a replay only with
 * the same case and the same body; anything else is refused (422), as Stripe and the IETF draft
 * on Idempotency-Key do.
 */
import { createHash } from 'node:crypto';
import type { AuditRepository } from '../settings/settings-repository';
import { DomainError } from '../shared/errors';

/** The key was used before with another case or another body. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'unprocessable';
  constructor() {
    super('compose.error.idempotencyKeyReused');
  }
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const subjectOf = (userId: string) => `compose-keys:${userId}`;

/** One use of a key: who, which action on which case, and a fingerprint of the request body. */
export interface KeyUse {
  tenantId: string;
  userId: string;
  action: string;
  recordId: string;
  key: string;
  /** The request's content (text, recipients, files …) in a stable form. */
  request: unknown;
}

/** The key's own id (without the case): the same for every use of the key. */
function keyId(use: KeyUse): string {
  return sha(`${use.tenantId}\n${use.userId}\n${use.action}\n${use.key}`).slice(0, 40);
}

/** The id of this exact use: the key with the case and the body. */
function useId(use: KeyUse): string {
  return `${keyId(use)}:${sha(`${use.recordId}\n${JSON.stringify(use.request)}`).slice(0, 40)}`;
}

/** A message id derived from the key: a retry writes (and sends) the same message; another case never. */
export function messageIdForKey(use: Pick<KeyUse, 'tenantId' | 'userId' | 'action' | 'recordId' | 'key'>): string {
  return `${use.action}-${sha(`${use.tenantId}\n${use.userId}\n${use.action}\n${use.recordId}\n${use.key}`).slice(0, 32)}`;
}

/** A file's content as a short fingerprint (for the request's fingerprint). */
export function contentHash(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Whether the key was used before: not at all, for exactly this request, or for something else. */
export async function keyState(audit: AuditRepository, use: KeyUse): Promise<'unused' | 'same' | 'other'> {
  const subject = subjectOf(use.userId);
  const [used, same] = await Promise.all([audit.has(use.tenantId, subject, keyId(use)), audit.has(use.tenantId, subject, useId(use))]);
  if (same) return 'same';
  return used ? 'other' : 'unused';
}

/** Records the use (after the message is written; a crash before it leaves a retry that finds the message by its id). */
export async function rememberKey(audit: AuditRepository, use: KeyUse, at: string, messageId: string): Promise<void> {
  const subject = subjectOf(use.userId);
  const base = { tenantId: use.tenantId, subject, revision: Date.parse(at) || 0, at, actorId: use.userId, path: use.action, oldValue: null, newValue: { recordId: use.recordId, messageId } };
  await audit.put([{ ...base, id: useId(use) }, { ...base, id: keyId(use) }]);
}
