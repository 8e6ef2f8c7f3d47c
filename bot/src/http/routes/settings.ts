/** /api/settings/{type}: admin settings per record type (B1–B7) and their audit trail (B8). */
import { z } from 'zod';
import { t } from '../../i18n/catalog';
import type { ServiceRecord } from '../../domain/records/record';
import { SettingsPatchSchema } from '../../domain/settings/settings';
import { ifMatch, toHttpEtag } from '../etag';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { AuditPage, IF_MATCH, PRECONDITION_PROBLEMS, PageQuery, SettingsView, TypeParams } from '../schemas';
import { commonProblems } from './records';
import type { ApiServices } from '../services';

const EXAMPLE_ID = 'example';

/** A record to draw the preview with when the type has none yet. */
function exampleRecord(tenantId: string, prefix: string, type: string, title: string): ServiceRecord {
  const now = new Date().toISOString();
  return {
    id: EXAMPLE_ID, tenantId, type, number: `${prefix}-01042`, title, description: '', status: 'active', priority: 'high',
    ownerId: null, owningTeamId: null, personId: null, customFields: {}, createdAt: now, updatedAt: now, createdBy: '', updatedBy: '', searchText: '',
  };
}

export function settingsRoutes(s: ApiServices): Route[] {
  const view = (v: { recordType: string; settings: unknown; etag: string }) => ({ type: v.recordType, settings: v.settings, etag: toHttpEtag(v.etag) });
  return [
    userRoute({
      method: 'get',
      path: '/api/settings/{type}',
      operationId: 'getSettings',
      summary: 'The settings of a record type (admins)',
      tag: 'settings',
      params: TypeParams,
      query: NO_PARAMS,
      body: NO_BODY,
      responses: { 200: { description: 'Settings', schema: SettingsView }, ...commonProblems },
      handle: async ({ caller, params }) => {
        const body = view(await s.settings.get(caller, params.type));
        return json(200, body, { etag: body.etag });
      },
    }),
    userRoute({
      method: 'patch',
      path: '/api/settings/{type}',
      operationId: 'updateSettings',
      summary: 'Change settings of a record type (admins); objects are merged, every change audited',
      tag: 'settings',
      params: TypeParams,
      query: NO_PARAMS,
      body: SettingsPatchSchema,
      requestHeaders: [IF_MATCH],
      responses: {
        200: { description: 'Settings after the change', schema: SettingsView },
        ...commonProblems,
        ...PRECONDITION_PROBLEMS,
      },
      handle: async ({ caller, params, body, headers }) => {
        const result = view(await s.settings.update(caller, params.type, ifMatch(headers), body));
        return json(200, result, { etag: result.etag });
      },
    }),
    userRoute({
      method: 'get',
      path: '/api/settings/{type}/intro-preview',
      operationId: 'previewIntroCard',
      summary: 'The intro card (B4) with the given fields, drawn for the most recent record of the type (admins)',
      tag: 'settings',
      params: TypeParams,
      query: z.object({ fields: z.string().max(500).optional() }),
      body: NO_BODY,
      responses: { 200: { description: 'An Adaptive Card', schema: z.object({ card: z.record(z.string(), z.unknown()), recordNumber: z.string().nullable() }) }, ...commonProblems },
      handle: async ({ caller, params, query, locale }) => {
        const current = await s.settings.get(caller, params.type); // admins only; 404 for unknown types
        const fields = query.fields === undefined ? current.settings.introMessage.fields : query.fields.split(',').map((f) => f.trim()).filter(Boolean);
        const type = await s.recordTypes.get(caller.tenantId, params.type);
        const sample = (await s.records.search(caller, { type: params.type }, { limit: 1 })).items[0]?.value ?? exampleRecord(caller.tenantId, type.prefix, params.type, t(locale, 'intro.exampleTitle'));
        const card = await s.cardComposer.preview(sample, type, fields, locale);
        return json(200, { card: { ...card }, recordNumber: sample.id === EXAMPLE_ID ? null : sample.number });
      },
    }),
    userRoute({
      method: 'get',
      path: '/api/settings/{type}/audit',
      operationId: 'getSettingsAudit',
      summary: 'Who changed which setting of a record type, when, from what to what (admins)',
      tag: 'settings',
      params: TypeParams,
      query: PageQuery,
      body: NO_BODY,
      responses: { 200: { description: 'Audit entries, newest first', schema: AuditPage }, ...commonProblems },
      handle: async ({ caller, params, query }) => {
        const page = await s.settings.auditTrail(caller, params.type, { limit: query.limit, continuation: query.continuation });
        const actors = new Map((await s.directory.getUsers(caller.tenantId, [...new Set(page.items.map((e) => e.actorId))])).map((u) => [u.id, u]));
        return json(200, {
          items: page.items.map((e) => ({
            id: e.id,
            at: e.at,
            actor: { id: e.actorId, displayName: actors.get(e.actorId)?.displayName ?? e.actorId },
            path: e.path,
            oldValue: e.oldValue,
            newValue: e.newValue,
          })),
          continuation: page.continuation,
        });
      },
    }),
  ];
}
