/**
 * The chat sites of a tenant (administrators only): list and create-or-replace, audited under the
 * subject `chatsite:{id}`. The site's identity secret is write-only: kept when not given, cleared
 * with null, never answered nor audited (only whether there is one).
 */
import { isAdmin, type Caller } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import type { AuditRepository } from '../settings/settings-repository';
import { ForbiddenError, ValidationError, type FieldIssue } from '../shared/errors';
import type { Clock } from '../shared/types';
import type { ChatSiteRepository } from './ports';
import { ChatSiteSchema, type ChatSite } from './session';
import { isTimeZone } from './session-policies';

/** A site as an administrator writes it (`identitySecret` absent: keep the one stored). */
export type ChatSiteInput = Omit<ChatSite, 'id' | 'tenantId' | 'identitySecret'> & { identitySecret?: string | null | undefined };

/** A site as it is shown: never its secret. */
export type ChatSiteShown = Omit<ChatSite, 'identitySecret'> & { hasIdentitySecret: boolean };

export function showSite(site: ChatSite): ChatSiteShown {
  const { identitySecret, ...rest } = site;
  return { ...rest, hasIdentitySecret: identitySecret !== null };
}

/** `scheme://host[:port]` exactly, as a browser sends it in Origin. */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

export class ChatSiteService {
  constructor(
    private readonly d: { sites: ChatSiteRepository; directory: DirectoryRepository; recordTypeExists: (tenantId: string, type: string) => Promise<boolean>; audit: AuditRepository; clock: Clock },
  ) {}

  async list(caller: Caller): Promise<ChatSite[]> {
    if (!isAdmin(caller)) throw new ForbiddenError('error.sessions.forbiddenSites');
    return this.d.sites.list(caller.tenantId);
  }

  async put(caller: Caller, siteId: string, input: ChatSiteInput): Promise<ChatSite> {
    if (!isAdmin(caller)) throw new ForbiddenError('error.sessions.forbiddenSites');
    const issues: FieldIssue[] = [];
    const [teams, typeExists, before] = await Promise.all([
      this.d.directory.getTeams(caller.tenantId, [input.teamId]),
      this.d.recordTypeExists(caller.tenantId, input.recordType),
      this.d.sites.get(caller.tenantId, siteId),
    ]);
    if (teams.length === 0) issues.push({ path: 'teamId', messageKey: 'issue.sessions.team' });
    if (!typeExists) issues.push({ path: 'recordType', messageKey: 'issue.sessions.recordType' });
    input.allowedOrigins.forEach((origin, i) => { if (!isOrigin(origin)) issues.push({ path: `allowedOrigins.${i}`, messageKey: 'issue.sessions.origin' }); });
    if (input.openingHours) {
      if (!isTimeZone(input.openingHours.timeZone)) issues.push({ path: 'openingHours.timeZone', messageKey: 'issue.sessions.timeZone' });
      input.openingHours.days.forEach((d, i) => { if (!(d.from < d.to) || d.to > '24:00') issues.push({ path: `openingHours.days.${i}`, messageKey: 'issue.sessions.hours' }); });
    }
    if (issues.length > 0) throw new ValidationError(issues);
    const site: ChatSite = ChatSiteSchema.parse({
      ...input, id: siteId, tenantId: caller.tenantId,
      identitySecret: input.identitySecret === undefined ? (before?.identitySecret ?? null) : input.identitySecret,
    });
    await this.d.sites.put(site);
    const at = this.d.clock().toISOString();
    await this.d.audit.put([{
      id: `chatsite:${siteId}:${at}`, tenantId: caller.tenantId, subject: `chatsite:${siteId}`, revision: Date.parse(at), at, actorId: caller.user.id,
      path: 'chatsite', oldValue: before ? showSite(before) : null, newValue: showSite(site),
    }]);
    return site;
  }
}
