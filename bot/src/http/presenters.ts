/** Domain objects to API JSON: localized names, and restricted fields left out (A3). */
import type { z } from 'zod';
import type { Company, Person } from '../domain/people/people';
import type { RecordDetails } from '../domain/records/record-details';
import { fieldNames, isBuiltInType, STANDARD_FIELDS, type RecordType } from '../domain/records/record-type';
import type { Locale } from '../domain/shared/types';
import { isMessageKey, t } from '../i18n/catalog';
import type { Caller } from '../domain/access/access';
import { canReadField } from '../domain/access/access';
import type { PersonView, RecordTypeView, RecordView } from './schemas';

/** The canonical web URL of a record (A5). */
export function recordUrl(publicUrl: string, type: string, id: string): string {
  return `${publicUrl}/records/${encodeURIComponent(type)}/${encodeURIComponent(id)}`;
}

/**
 * The Teams deep link that opens a record in the app's "records" personal tab (A5); the tab reads
 * the record from the context's subEntityId (`{type}/{id}`).
 */
export function teamsDeepLink(teamsAppId: string, publicUrl: string, type: string, id: string, label: string): string {
  const params = new URLSearchParams({
    webUrl: recordUrl(publicUrl, type, id),
    label,
    context: JSON.stringify({ subEntityId: `${type}/${id}` }),
  });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/records?${params.toString()}`;
}

export function presentRecord(d: RecordDetails, publicUrl: string, teamsAppId?: string): z.infer<typeof RecordView> {
  const hidden = new Set(d.hiddenFields);
  const visible = (field: string) => !hidden.has(field);
  const r = d.record;
  const customFields = Object.fromEntries(Object.entries(r.customFields).filter(([k]) => visible(`customFields.${k}`)));
  return {
    id: r.id,
    type: r.type,
    number: r.number,
    title: r.title,
    status: r.status,
    ...(visible('description') ? { description: r.description } : {}),
    ...(visible('priority') ? { priority: r.priority } : {}),
    ...(visible('owner') ? { owner: d.owner ? { id: d.owner.id, displayName: d.owner.displayName } : null } : {}),
    ...(visible('owningTeam') ? { owningTeam: d.owningTeam ? { id: d.owningTeam.id, name: d.owningTeam.name } : null } : {}),
    ...(visible('person') && r.type === 'case' ? { person: d.person ? presentPerson(d.person, d.company) : null } : {}),
    customFields,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    etag: d.etag,
    url: recordUrl(publicUrl, r.type, r.id),
    teamsUrl: teamsAppId ? teamsDeepLink(teamsAppId, publicUrl, r.type, r.id, `${r.number} ${r.title}`) : null,
    canWrite: d.canWrite,
    postponedUntil: r.postponedUntil ?? null,
    // Who it is parked for and by says whose it is: hidden with the owner field.
    parked: visible('owner') && r.parked ? { for: refOf(r.parked.forUserId, d.parked?.forUser), by: refOf(r.parked.byUserId, d.parked?.byUser), at: r.parked.at } : null,
  };
}

/** A person as `{id, displayName}` (the id itself when the directory no longer knows them). */
function refOf(id: string, user: { displayName: string } | null | undefined): { id: string; displayName: string } {
  return { id, displayName: user?.displayName ?? id };
}

export function presentPerson(p: Person, company: Company | null): z.infer<typeof PersonView> {
  return { id: p.id, name: p.name, email: p.email, phone: p.phone, company: company ? { id: company.id, name: company.name } : null };
}

/** The localized name of a record type (built-in from the catalogs, custom from its own names). */
export function typeName(type: RecordType, locale: Locale, plural: boolean): string {
  if (isBuiltInType(type.id)) {
    const key = plural ? `recordType.${type.id}.plural` : `recordType.${type.id}`;
    return isMessageKey(key) ? t(locale, key) : type.id;
  }
  const names = type.names?.[locale] ?? type.names?.en;
  return (plural ? names?.plural : names?.singular) ?? type.id;
}

export function presentRecordType(type: RecordType, locale: Locale, caller: Caller): z.infer<typeof RecordTypeView> {
  const labelOf = (name: string): { label: string; kind: string } => {
    const standard = STANDARD_FIELDS.find((f) => f.name === name);
    if (standard) {
      const key = `field.${standard.name}`;
      return { label: isMessageKey(key) ? t(locale, key) : name, kind: standard.kind };
    }
    const custom = type.customFields.find((f) => `customFields.${f.name}` === name);
    return { label: custom?.labels[locale] ?? name, kind: custom?.kind ?? 'text' };
  };
  return {
    id: type.id,
    name: typeName(type, locale, false),
    pluralName: typeName(type, locale, true),
    prefix: type.prefix,
    builtIn: type.builtIn,
    fields: fieldNames(type)
      .filter((name) => canReadField(caller, type.fieldRestrictions[name]))
      .map((name) => ({ name, ...labelOf(name), restricted: (type.fieldRestrictions[name] ?? []).length > 0 })),
  };
}

/** What a chat or channel link is built from. */
export interface OpenTarget {
  kind: 'chat' | 'channel';
  chatId: string;
  /** The channel's team (null for chats, or when no longer known). */
  teamId: string | null;
  name: string | null;
}

/**
 * Where "Open in Teams" goes (C1): a Teams deep link in azure mode (a chat, or a channel of a
 * known team; null when the team is not known), the local sandbox's page of the chat in local mode
 * (a path on this server).
 */
export function chatOpenUrl(
  target: OpenTarget,
  ctx: { mode: 'local' | 'azure'; tenantId: string; viewerId: string },
): string | null {
  // Local mode: the sandbox's page of the chat, seen as the viewer, on this same server (which
  // also serves the tab), so the path needs no host: PUBLIC_URL may name a tunnel or port 0.
  if (ctx.mode === 'local') return `/sandbox/chats/${encodeURIComponent(target.chatId)}?as=${encodeURIComponent(ctx.viewerId)}`;
  const tenant = encodeURIComponent(ctx.tenantId);
  if (target.kind === 'chat') return `https://teams.microsoft.com/l/chat/${encodeURIComponent(target.chatId)}/0?tenantId=${tenant}`;
  if (!target.teamId) return null;
  return `https://teams.microsoft.com/l/channel/${encodeURIComponent(target.chatId)}/${encodeURIComponent(target.name ?? 'channel')}?groupId=${encodeURIComponent(target.teamId)}&tenantId=${tenant}`;
}
