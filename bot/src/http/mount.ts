/**
 * Mounts the route table on restify: locale, authentication, body, validation, the handler,
 * and one translation of every error into problem+json. Handlers stay thin.
 */
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { Locale } from '../domain/shared/types';
import { resolveLocale } from '../i18n/catalog';
import type { Authenticator } from './auth/authenticator';
import { readJsonBody } from './body';
import { HttpProblem, problemFromError } from './problem';
import { sendProblem } from './send-problem';
import type { RateLimits } from './rate-limits';
import type { Reply, Route } from './route';

export interface MountOptions {
  authenticator: Authenticator;
  logger: Logger;
  maxBodyBytes: number;
  /** Check every reply against its declared schema (local mode and tests). */
  validateResponses: boolean;
  /** Per-caller limits, counted once the caller is known. */
  rateLimits: RateLimits;
}

function sendReply(res: Response, reply: Reply): void {
  const headers: Record<string, string | number> = { 'cache-control': 'no-store', ...(reply.headers ?? {}) };
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  if (Buffer.isBuffer(reply.body)) {
    // Bytes (a download): sent as they are, with the content type the route set.
    headers['content-type'] ??= 'application/octet-stream';
    headers['content-length'] = reply.body.length;
    res.writeHead(reply.status, headers);
    res.end(reply.body);
    return;
  }
  const body = JSON.stringify(reply.body);
  headers['content-type'] ??= 'application/json; charset=utf-8';
  headers['content-length'] = Buffer.byteLength(body);
  res.writeHead(reply.status, headers);
  res.end(body);
}

/** The locale of a request: `Accept-Language`, English when absent. */
export function localeOf(req: Request): Locale {
  return resolveLocale(req.headers['accept-language']);
}

function checkReply(route: Route, reply: Reply): void {
  const spec = route.responses[reply.status];
  if (!spec) throw new Error(`${route.operationId} replied ${reply.status}, which it does not declare`);
  if (spec.schema) {
    const result = spec.schema.safeParse(reply.body);
    if (!result.success) throw new Error(`${route.operationId} ${reply.status} reply does not match its schema: ${result.error.message}`);
  }
}

/** Registers every route of the table on the server. */
export function mountRoutes(server: Server, routes: readonly Route[], options: MountOptions): void {
  /** The caller of a request; a refused token counts against the client's address (429 once over). */
  const authenticate = async (req: Request) => {
    try {
      return await options.authenticator.authenticate(req.headers);
    } catch (error) {
      if (error instanceof HttpProblem && error.status === 401) await options.rateLimits.authenticationFailed(req);
      throw error;
    }
  };
  for (const route of routes) {
    const restifyPath = route.path.replace(/\{(\w+)\}/g, ':$1');
    const handler = async (req: Request, res: Response): Promise<void> => {
      const locale = localeOf(req);
      try {
        const inputs = async () => ({
          params: req.params ?? {},
          query: req.query ?? {},
          body: route.method === 'get' || route.method === 'delete' ? undefined : await readJsonBody(req, route.maxBodyBytes ?? options.maxBodyBytes),
          locale,
          headers: req.headers,
        });
        let reply: Reply;
        if (route.auth === 'user') {
          // The caller first: nobody unknown gets the body read, parsed or judged (401 before 400/413/415).
          const caller = await authenticate(req);
          await options.rateLimits.consumeCaller(caller);
          reply = await route.invoke({ ...(await inputs()), caller });
        } else {
          if (route.path !== '/healthz' && route.path !== '/readyz') await options.rateLimits.consumeAnonymous(req);
          reply = await route.invoke({ ...(await inputs()), caller: null });
        }
        if (options.validateResponses) checkReply(route, reply);
        sendReply(res, reply);
      } catch (error) {
        const problem = problemFromError(error, locale);
        if (problem.status >= 500) options.logger.error({ err: error, route: route.operationId }, 'request failed');
        else if (!(error instanceof HttpProblem)) options.logger.debug({ route: route.operationId, status: problem.status }, 'request refused');
        sendProblem(res, problem);
      }
    };
    switch (route.method) {
      case 'get':
        server.get(restifyPath, handler);
        break;
      case 'post':
        server.post(restifyPath, handler);
        break;
      case 'patch':
        server.patch(restifyPath, handler);
        break;
      case 'put':
        server.put(restifyPath, handler);
        break;
      case 'delete':
        server.del(restifyPath, handler);
        break;
    }
  }
}
