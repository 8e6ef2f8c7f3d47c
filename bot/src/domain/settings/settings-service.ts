/**
 * Admin settings per record type (B1–B7) with their audit trail (B8).
 *
 * A change and its audit entries cannot be written atomically on every Cosmos-compatible store, so
 * the settings document carries its last change until the entries are written: whoever next reads
 * the document for a change or the audit writes any missing entries first (entry ids are
 * deterministic). A crash between the two writes therefore delays an audit entry, never loses it.
 */
import { isAdmin, type Caller } from '../access/access';
import { ConflictError, ForbiddenError, PreconditionFailedError, ValidationError } from '../shared/errors';
import type { Clock, Page, PageRequest, Versioned } from '../shared/types';
import { fieldNames } from '../records/record-type';
import type { RecordTypeService } from '../records/record-type-service';
import { applySettingsPatch, defaultSettings, withDefaults, type RecordTypeSettings, type SettingsDocument, type SettingsPatch } from './settings';
import type { AuditEntry, AuditRepository, SettingsRepository } from './settings-repository';
import { TtlCache } from '../shared/ttl-cache';
import type { MailRouteRepository } from '../conversations/conversation-repository';
import type { AddressPolicy } from '../intake/address-policy';

/** Settings with the ETag an admin must send back to change them. */
export interface VersionedSettings {
  recordType: string;
  settings: RecordTypeSettings;
  etag: string;
}

/** Settings are read by most chat actions and change rarely: each instance keeps them this long. */
export const SETTINGS_CACHE_MS = 30_000;

export class SettingsService {
  private readonly cache: TtlCache<RecordTypeSettings>;

  constructor(
    private readonly repository: SettingsRepository,
    private readonly audit: AuditRepository,
    private readonly types: RecordTypeService,
    private readonly clock: Clock,
    cacheMs: number = SETTINGS_CACHE_MS,
    /** H1: a support address is claimed for one tenant and type before a change naming it is saved. */
    private readonly mailRoutes?: MailRouteRepository,
    /** H1: which addresses a tenant may claim at all (the operator's rule). */
    private readonly addressAllowed: AddressPolicy = () => true,
  ) {
    this.cache = new TtlCache(cacheMs);
  }

  /** The effective settings of a type, for other domain services (no admin check). */
  effective(tenantId: string, recordType: string): Promise<RecordTypeSettings> {
    return this.cache.get(`${tenantId}\u0000${recordType}`, async () => {
      const stored = await this.repository.get(tenantId, recordType);
      return stored ? withDefaults(recordType, stored.value.settings) : defaultSettings(recordType);
    });
  }

  /** Settings of a type for an admin to edit. */
  async get(caller: Caller, recordType: string): Promise<VersionedSettings> {
    requireAdmin(caller);
    await this.types.get(caller.tenantId, recordType);
    const doc = await this.load(caller.tenantId, recordType);
    return { recordType, settings: withDefaults(recordType, doc.value.settings), etag: doc.etag };
  }

  /** Applies an admin's change if `etag` is current, and audits every changed setting. */
  async update(caller: Caller, recordType: string, etag: string, patch: SettingsPatch): Promise<VersionedSettings> {
    requireAdmin(caller);
    const type = await this.types.get(caller.tenantId, recordType);
    const current = await this.load(caller.tenantId, recordType);
    if (current.etag !== etag) throw new PreconditionFailedError();
    const unknown = (patch.introMessage?.fields ?? []).filter((f) => !fieldNames(type).includes(f));
    if (unknown.length > 0) {
      throw new ValidationError(unknown.map((f) => ({ path: 'introMessage.fields', messageKey: 'issue.unknownField', params: { field: f } })));
    }
    const before = withDefaults(recordType, current.value.settings);
    const { next, changes } = applySettingsPatch(before, patch);
    if (changes.length === 0) return { recordType, settings: before, etag: current.etag };
    const oldAddress = before.intake.supportAddress;
    const newAddress = next.intake.supportAddress;
    if (newAddress !== oldAddress && newAddress !== null) await this.claimAddress(caller.tenantId, recordType, newAddress);
    const revision = current.value.revision + 1;
    const doc: SettingsDocument = {
      ...current.value,
      settings: next,
      revision,
      lastChange: { revision, actorId: caller.user.id, at: this.clock().toISOString(), changes },
    };
    const saved = await this.repository.replace(doc, etag);
    this.cache.delete(`${caller.tenantId}\u0000${recordType}`);
    // A claim whose change was not saved stays with this tenant and type; intake checks the
    // settings too (IntakeService.resolveMailbox), so such a claim routes nothing.
    if (oldAddress !== null && oldAddress !== newAddress) await this.mailRoutes?.release({ address: oldAddress, tenantId: caller.tenantId, recordType });
    await this.writeAudit(saved.value);
    return { recordType, settings: saved.value.settings, etag: saved.etag };
  }

  private async claimAddress(tenantId: string, recordType: string, address: string): Promise<void> {
    if (!this.addressAllowed(tenantId, address)) {
      throw new ValidationError([{ path: 'intake.supportAddress', messageKey: 'issue.addressNotAllowed', params: { address } }]);
    }
    try {
      await this.mailRoutes?.claim({ address, tenantId, recordType });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      throw new ValidationError([{ path: 'intake.supportAddress', messageKey: 'issue.addressTaken', params: { address } }]);
    }
  }

  /** Forgets cached settings of a type (after a change made outside `update`, e.g. seeding). */
  forget(tenantId: string, recordType: string): void {
    this.cache.delete(`${tenantId}\u0000${recordType}`);
  }

  /** The audit trail of a type's settings, newest first. */
  async auditTrail(caller: Caller, recordType: string, page: PageRequest): Promise<Page<AuditEntry>> {
    requireAdmin(caller);
    await this.types.get(caller.tenantId, recordType);
    await this.load(caller.tenantId, recordType);
    return this.audit.list(caller.tenantId, subjectOf(recordType), page);
  }

  /** Reads the document (creating it with defaults on first use) and completes any pending audit. */
  private async load(tenantId: string, recordType: string): Promise<Versioned<SettingsDocument>> {
    let doc = await this.repository.get(tenantId, recordType);
    if (!doc) {
      try {
        doc = await this.repository.create({ tenantId, recordType, settings: defaultSettings(recordType), revision: 0, lastChange: null });
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        doc = await this.repository.get(tenantId, recordType);
        if (!doc) throw error;
      }
    }
    await this.writeAudit(doc.value);
    return doc;
  }

  private async writeAudit(doc: SettingsDocument): Promise<void> {
    const change = doc.lastChange;
    if (!change) return;
    const subject = subjectOf(doc.recordType);
    const lastId = `${subject}:${change.revision}:${change.changes.length - 1}`;
    // One point read in the common case where the entries are already there.
    if (await this.audit.has(doc.tenantId, subject, lastId)) return;
    await this.audit.put(
      change.changes.map((c, index) => ({
        id: `${subject}:${change.revision}:${index}`,
        tenantId: doc.tenantId,
        subject,
        revision: change.revision,
        at: change.at,
        actorId: change.actorId,
        path: c.path,
        oldValue: c.oldValue,
        newValue: c.newValue,
      })),
    );
  }
}

function subjectOf(recordType: string): string {
  return `settings:${recordType}`;
}

function requireAdmin(caller: Caller): void {
  if (!isAdmin(caller)) throw new ForbiddenError('error.forbidden.adminOnly');
}
