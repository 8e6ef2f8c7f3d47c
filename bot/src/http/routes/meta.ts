/** Health, readiness and the tab's client configuration: open without a token. */
import { anonymousRoute, json, NO_BODY, NO_PARAMS, type Route } from '../route';
import { ClientConfig, Health } from '../schemas';
import type { ApiServices } from '../services';

const READY_TIMEOUT_MS = 3000;

export function metaRoutes(s: ApiServices): Route[] {
  return [
    anonymousRoute({
      method: 'get', path: '/healthz', operationId: 'health', summary: 'The process is up', tag: 'meta',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Up', schema: Health } },
      handle: async () => json(200, { status: 'ok' }),
    }),
    anonymousRoute({
      method: 'get', path: '/readyz', operationId: 'ready', summary: 'Storage is reachable', tag: 'meta',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Ready', schema: Health }, 503: { description: 'Storage unreachable', schema: Health } },
      handle: async () => {
        // A probe must answer quickly even when the database hangs rather than refuses.
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error('readiness probe timed out')), READY_TIMEOUT_MS);
        });
        try {
          await Promise.race([s.ping(), timeout]);
          return json(200, { status: 'ok' });
        } catch {
          return json(503, { status: 'unavailable' });
        } finally {
          clearTimeout(timer);
        }
      },
    }),
    anonymousRoute({
      method: 'get', path: '/api/config', operationId: 'getClientConfig', summary: 'What the tab needs before sign-in', tag: 'meta',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Client configuration', schema: ClientConfig } },
      handle: async () =>
        json(200, {
          mode: s.mode,
          ssoClientId: s.mode === 'azure' ? s.ssoClientId : null,
          initiateLoginEndpoint: s.mode === 'azure' ? `${s.publicUrl}/auth-start.html` : null,
          publicUrl: s.publicUrl,
        }),
    }),
  ];
}
