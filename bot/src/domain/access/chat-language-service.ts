/**
 * Admin setting of chat languages (K1 in group chats, chat-language.ts): the tenant's default and
 * each team's. The directory has no stored version, so the ETag is a hash of the languages an
 * admin sees; a change based on other values is refused (412). The check and the writes are not
 * atomic: two admins saving in the same instant may both pass, the later write wins, and both
 * changes are audited. Every change is audited like settings (B8), subject `chat-language`.
 *
 * Writes go through the (cached) directory, which drops its own entries, so this instance shows a
 * change at once; other instances keep their copy for up to DIRECTORY_CACHE_MS (30 s).
 */
import { createHash } from 'node:crypto';
import { isAdmin, type Caller, type Team } from './access';
import type { DirectoryRepository } from './directory-repository';
import { ForbiddenError, NotFoundError, PreconditionFailedError } from '../shared/errors';
import type { Clock, Locale, Page, PageRequest } from '../shared/types';
import type { AuditEntry, AuditRepository } from '../settings/settings-repository';

export const CHAT_LANGUAGE_SUBJECT = 'chat-language';

export interface ChatLanguages {
  tenant: { language: Locale | null };
  teams: { id: string; name: string; language: Locale | null }[];
  etag: string;
}

export interface ChatLanguagesPatch {
  tenant?: { language: Locale | null } | undefined;
  teams?: { id: string; language: Locale | null }[] | undefined;
}

export class ChatLanguageService {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly newId: () => string,
  ) {}

  async get(caller: Caller): Promise<ChatLanguages> {
    requireAdmin(caller);
    return this.read(caller.tenantId);
  }

  /** Applies an admin's change if `etag` is current, auditing every changed language. */
  async update(caller: Caller, etag: string, patch: ChatLanguagesPatch): Promise<ChatLanguages> {
    requireAdmin(caller);
    const current = await this.read(caller.tenantId);
    if (current.etag !== etag) throw new PreconditionFailedError();
    const teams = new Map((await this.directory.listTeams(caller.tenantId)).map((t) => [t.id, t]));
    for (const change of patch.teams ?? []) {
      if (!teams.has(change.id)) throw new NotFoundError();
    }
    const changes: { path: string; oldValue: Locale | null; newValue: Locale | null }[] = [];
    const tenant = await this.directory.getTenant(caller.tenantId);
    if (patch.tenant && (tenant?.language ?? null) !== patch.tenant.language) {
      changes.push({ path: 'tenant.language', oldValue: tenant?.language ?? null, newValue: patch.tenant.language });
      const { language: _old, ...rest } = tenant ?? { id: caller.tenantId, name: caller.tenantId };
      await this.directory.putTenant(patch.tenant.language ? { ...rest, language: patch.tenant.language } : rest);
    }
    for (const change of patch.teams ?? []) {
      const team = teams.get(change.id);
      if (!team || (team.language ?? null) === change.language) continue;
      changes.push({ path: `teams.${team.id}.language`, oldValue: team.language ?? null, newValue: change.language });
      const { language: _old, ...rest } = team;
      const next: Team = change.language ? { ...rest, language: change.language } : rest;
      await this.directory.putTeam(next);
      teams.set(team.id, next);
    }
    if (changes.length > 0) {
      const at = this.clock().toISOString();
      const change = this.newId();
      await this.audit.put(
        changes.map((c, index) => ({
          id: `${CHAT_LANGUAGE_SUBJECT}:${change}:${index}`,
          tenantId: caller.tenantId,
          subject: CHAT_LANGUAGE_SUBJECT,
          revision: 0,
          at,
          actorId: caller.user.id,
          ...c,
        })),
      );
    }
    return this.read(caller.tenantId);
  }

  async auditTrail(caller: Caller, page: PageRequest): Promise<Page<AuditEntry>> {
    requireAdmin(caller);
    return this.audit.list(caller.tenantId, CHAT_LANGUAGE_SUBJECT, page);
  }

  private async read(tenantId: string): Promise<ChatLanguages> {
    const [tenant, listed] = await Promise.all([this.directory.getTenant(tenantId), this.directory.listTeams(tenantId)]);
    const teams = listed.sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ id: t.id, name: t.name, language: t.language ?? null }));
    const value = { tenant: { language: tenant?.language ?? null }, teams };
    const etag = createHash('sha256').update(JSON.stringify([value.tenant.language, teams.map((t) => [t.id, t.language])])).digest('hex').slice(0, 40);
    return { ...value, etag };
  }
}

function requireAdmin(caller: Caller): void {
  if (!isAdmin(caller)) throw new ForbiddenError('error.forbidden.adminOnly');
}
