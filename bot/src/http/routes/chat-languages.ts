/** /api/chat-languages: the tenant's default chat language and each team's (admins, K1), audited. */
import { ifMatch, toHttpEtag } from '../etag';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { AuditPage, ChatLanguagesPatch, ChatLanguagesView, IF_MATCH, PRECONDITION_PROBLEMS, PageQuery } from '../schemas';
import { commonProblems } from './records';
import type { ApiServices } from '../services';
import type { ChatLanguages } from '../../domain/access/chat-language-service';

const view = (v: ChatLanguages) => ({ tenant: v.tenant, teams: v.teams, etag: toHttpEtag(v.etag) });

export function chatLanguageRoutes(s: ApiServices): Route[] {
  return [
    userRoute({
      method: 'get', path: '/api/chat-languages', operationId: 'getChatLanguages',
      summary: "The language of group chats: the tenant's default and each team's (admins)", tag: 'settings',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Chat languages', schema: ChatLanguagesView }, ...commonProblems },
      handle: async ({ caller }) => {
        const body = view(await s.chatLanguages.get(caller));
        return json(200, body, { etag: body.etag });
      },
    }),
    userRoute({
      method: 'patch', path: '/api/chat-languages', operationId: 'updateChatLanguages',
      summary: 'Change chat languages (admins); null means the default, every change audited. Other instances show it within 30 s',
      tag: 'settings',
      params: NO_PARAMS, query: NO_PARAMS, body: ChatLanguagesPatch,
      requestHeaders: [IF_MATCH],
      responses: {
        200: { description: 'Chat languages after the change', schema: ChatLanguagesView },
        ...commonProblems,
        ...PRECONDITION_PROBLEMS,
      },
      handle: async ({ caller, body, headers }) => {
        const result = view(await s.chatLanguages.update(caller, ifMatch(headers), body));
        return json(200, result, { etag: result.etag });
      },
    }),
    userRoute({
      method: 'get', path: '/api/chat-languages/audit', operationId: 'getChatLanguagesAudit',
      summary: 'Who changed which chat language, when, from what to what (admins)', tag: 'settings',
      params: NO_PARAMS, query: PageQuery, body: NO_BODY,
      responses: { 200: { description: 'Audit entries, newest first', schema: AuditPage }, ...commonProblems },
      handle: async ({ caller, query }) => {
        const page = await s.chatLanguages.auditTrail(caller, { limit: query.limit, continuation: query.continuation });
        const actors = new Map((await s.directory.getUsers(caller.tenantId, [...new Set(page.items.map((e) => e.actorId))])).map((u) => [u.id, u]));
        return json(200, {
          items: page.items.map((e) => ({ id: e.id, at: e.at, actor: { id: e.actorId, displayName: actors.get(e.actorId)?.displayName ?? e.actorId }, path: e.path, oldValue: e.oldValue, newValue: e.newValue })),
          continuation: page.continuation,
        });
      },
    }),
  ];
}

