/**
 * J1's tenant policy, set by administrators and audited as B8 (subject `delegationpolicy`). As with
 * the settings (settings-service.ts), the stored policy carries its last change until the audit
 * entries are written (their ids are deterministic): whoever reads it next writes missing entries,
 * so a crash between the two writes delays an entry, never loses it.
 */
import { z } from 'zod';
import { isAdmin, type Caller } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import type { AuditRepository } from '../settings/settings-repository';
import { ConflictError, ForbiddenError, PreconditionFailedError, ValidationError, type FieldIssue } from '../shared/errors';
import type { Clock, Versioned } from '../shared/types';
import { DEFAULT_DELEGATION_POLICY, type DelegationPolicy } from './delegation';
import type { DelegationRepository } from './ports';

/** The audit subject of policy changes. */
export const POLICY_AUDIT_SUBJECT = 'delegationpolicy';

/** The policy as an edge receives it (the HTTP body). */
export const DelegationPolicySchema = z.object({
  enabled: z.boolean(),
  delegatorRoleIds: z.array(z.string().min(1).max(200)).max(100),
  delegateRoleIds: z.array(z.string().min(1).max(200)).max(100),
}).strict();

const ChangeSchema = z.object({ path: z.string(), oldValue: z.unknown(), newValue: z.unknown() });
/** The stored policy: the policy, its revision and its last change until audited. */
const StoredSchema = z.object({
  enabled: z.boolean(),
  delegatorRoleIds: z.array(z.string()),
  delegateRoleIds: z.array(z.string()),
  revision: z.number().int().nonnegative().default(0),
  lastChange: z.object({ revision: z.number().int(), actorId: z.string(), at: z.string(), changes: z.array(ChangeSchema) }).nullable().default(null),
});
type Stored = z.infer<typeof StoredSchema>;
type PolicyChange = z.infer<typeof ChangeSchema>;

/** Which of the three settings differ (role lists compared as sets). */
export function policyChanges(before: DelegationPolicy, after: DelegationPolicy): PolicyChange[] {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const changes: PolicyChange[] = [];
  if (before.enabled !== after.enabled) changes.push({ path: 'enabled', oldValue: before.enabled, newValue: after.enabled });
  if (!same(before.delegatorRoleIds, after.delegatorRoleIds)) changes.push({ path: 'delegatorRoleIds', oldValue: before.delegatorRoleIds, newValue: after.delegatorRoleIds });
  if (!same(before.delegateRoleIds, after.delegateRoleIds)) changes.push({ path: 'delegateRoleIds', oldValue: before.delegateRoleIds, newValue: after.delegateRoleIds });
  return changes;
}

function policyOf(stored: Stored): DelegationPolicy {
  return { enabled: stored.enabled, delegatorRoleIds: stored.delegatorRoleIds, delegateRoleIds: stored.delegateRoleIds };
}

export class PolicyStore {
  constructor(
    private readonly repository: DelegationRepository,
    private readonly directory: Pick<DirectoryRepository, 'listRoles'>,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** Administrators: the policy and its ETag (created with the default on first read). */
  async get(caller: Caller): Promise<Versioned<DelegationPolicy>> {
    requireAdmin(caller);
    const current = await this.load(caller.tenantId);
    return { value: policyOf(current.value), etag: current.etag };
  }

  /** Administrators: sets the policy if `etag` is current (null: only when never set); audits each change. */
  async set(caller: Caller, policy: DelegationPolicy, etag: string | null): Promise<Versioned<DelegationPolicy>> {
    requireAdmin(caller);
    const input = DelegationPolicySchema.parse(policy);
    const roleIds = new Set((await this.directory.listRoles(caller.tenantId)).map((r) => r.id));
    const issues: FieldIssue[] = (['delegatorRoleIds', 'delegateRoleIds'] as const).flatMap((path) =>
      input[path].filter((id) => !roleIds.has(id)).map((role) => ({ path, messageKey: 'error.delegation.unknownRole' as const, params: { role } })));
    if (issues.length > 0) throw new ValidationError(issues);
    const next: DelegationPolicy = { enabled: input.enabled, delegatorRoleIds: [...new Set(input.delegatorRoleIds)], delegateRoleIds: [...new Set(input.delegateRoleIds)] };
    const current = await this.read(caller.tenantId);
    if ((current?.etag ?? null) !== etag) throw new PreconditionFailedError();
    const before = current ? policyOf(current.value) : DEFAULT_DELEGATION_POLICY;
    const changes = policyChanges(before, next);
    if (current && changes.length === 0) return { value: before, etag: current.etag };
    const revision = (current?.value.revision ?? 0) + 1;
    const stored: Stored = { ...next, revision, lastChange: { revision, actorId: caller.user.id, at: this.clock().toISOString(), changes } };
    let saved: Versioned<DelegationPolicy>;
    try {
      saved = await this.repository.putPolicy(caller.tenantId, stored, etag);
    } catch (error) {
      // Created by someone else since we read: as stale as a changed ETag.
      if (error instanceof ConflictError) throw new PreconditionFailedError();
      throw error;
    }
    await this.writeAudit(caller.tenantId, stored);
    return { value: next, etag: saved.etag };
  }

  /** The stored policy with any pending audit completed; null when never set. */
  private async read(tenantId: string): Promise<Versioned<Stored> | null> {
    const found = await this.repository.getPolicy(tenantId);
    if (!found) return null;
    const value = StoredSchema.parse(found.value);
    await this.writeAudit(tenantId, value);
    return { value, etag: found.etag };
  }

  private async load(tenantId: string): Promise<Versioned<Stored>> {
    const found = await this.read(tenantId);
    if (found) return found;
    const initial: Stored = { ...DEFAULT_DELEGATION_POLICY, revision: 0, lastChange: null };
    try {
      const created = await this.repository.putPolicy(tenantId, initial, null);
      return { value: initial, etag: created.etag };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const again = await this.read(tenantId);
      if (!again) throw error;
      return again;
    }
  }

  private async writeAudit(tenantId: string, stored: Stored): Promise<void> {
    const change = stored.lastChange;
    if (!change || change.changes.length === 0) return;
    const lastId = `${POLICY_AUDIT_SUBJECT}:${change.revision}:${change.changes.length - 1}`;
    if (await this.audit.has(tenantId, POLICY_AUDIT_SUBJECT, lastId)) return;
    await this.audit.put(change.changes.map((c, index) => ({
      id: `${POLICY_AUDIT_SUBJECT}:${change.revision}:${index}`,
      tenantId, subject: POLICY_AUDIT_SUBJECT, revision: change.revision, at: change.at, actorId: change.actorId,
      path: c.path, oldValue: c.oldValue, newValue: c.newValue,
    })));
  }
}

function requireAdmin(caller: Caller): void {
  if (!isAdmin(caller)) throw new ForbiddenError('error.forbidden.adminOnly');
}
