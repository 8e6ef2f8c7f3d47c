/**
 * Small HTTP helpers for the sandbox's plain restify handlers: JSON in (size-limited, zod-checked),
 * JSON out, and one error shape `{ error: { code, message } }` as Graph and the Bot Connector use
 * (Graph adds `innerError`).
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import type { z } from 'zod';
import { readJsonBody } from '../../http/body';
import { HttpProblem } from '../../http/problem';

const MAX_BODY_BYTES = 512 * 1024;

/** An error the sandbox answers with its own status and code. */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SandboxError';
  }
}

export const badRequest = (message: string): SandboxError => new SandboxError(400, 'BadRequest', message);
export const notFound = (message: string): SandboxError => new SandboxError(404, 'NotFound', message);
export const forbidden = (message: string): SandboxError => new SandboxError(403, 'Forbidden', message);

export function sendJson(res: Response, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers });
  res.end(text);
}

export function sendEmpty(res: Response, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-length': 0, 'cache-control': 'no-store', ...headers });
  res.end();
}

export function sendText(res: Response, status: number, contentType: string, text: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A decoded path parameter. */
export function param(req: Request, name: string): string {
  const params: unknown = req.params;
  const value: unknown = typeof params === 'object' && params !== null ? Reflect.get(params, name) : undefined;
  if (typeof value !== 'string' || value === '') throw notFound(`Missing ${name}`);
  return value;
}

/** The query string, parsed here so the sandbox does not depend on the server's query parser. */
export function queryOf(req: Request): URLSearchParams {
  return new URL(req.url ?? '/', 'http://sandbox.invalid').searchParams;
}

/** Reads and validates a JSON body. */
export async function readBody<T>(req: Request, schema: z.ZodType<T>): Promise<T> {
  let raw: unknown;
  try {
    raw = await readJsonBody(req, MAX_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof HttpProblem)) throw error;
    if (error.status === 413) throw new SandboxError(413, 'RequestEntityTooLarge', 'The request body is too large.');
    if (error.status === 415) throw new SandboxError(415, 'UnsupportedMediaType', 'The request body must be application/json.');
    throw badRequest('The request body is not valid JSON.');
  }
  return parseInput(schema, raw);
}

/** Validates any input; the first problem becomes a 400 message. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw badRequest(`Invalid request body. ${where}${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** The error body; Graph's carries innerError with a request id and date. */
export function errorBody(error: SandboxError, graph: boolean): unknown {
  const body: Record<string, unknown> = { code: error.code, message: error.message };
  if (graph) body.innerError = { date: new Date().toISOString().slice(0, 19), 'request-id': randomUUID(), 'client-request-id': randomUUID() };
  return { error: body };
}

type Handler = (req: Request, res: Response) => Promise<void>;

/** Wraps a handler: any SandboxError becomes its JSON error, anything else a logged 500. */
export function handle(logger: Logger, graph: boolean, fn: Handler): Handler {
  return async (req, res) => {
    try {
      await fn(req, res);
    } catch (error) {
      if (res.headersSent) return;
      if (error instanceof SandboxError) {
        sendJson(res, error.status, errorBody(error, graph));
        return;
      }
      logger.error({ err: error, path: req.getPath() }, 'Teams sandbox request failed');
      sendJson(res, 500, errorBody(new SandboxError(500, 'InternalServerError', 'The sandbox failed to handle the request.'), graph));
    }
  };
}
