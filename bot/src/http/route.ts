/**
 * A typed route table: each route declares its inputs and responses as zod schemas. The same
 * table mounts the routes on restify and produces the OpenAPI document, so the two cannot drift.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import type { Caller } from '../domain/access/access';
import type { Locale } from '../domain/shared/types';
import { isMessageKey, t } from '../i18n/catalog';
import { HttpProblem, type ProblemIssue } from './problem';


export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** What a handler receives: validated inputs and the resolved caller. */
export interface RouteContext<P, Q, B, C extends Caller | null> {
  params: P;
  query: Q;
  body: B;
  caller: C;
  locale: Locale;
  headers: IncomingHttpHeaders;
}

/** What a handler returns; the body must match the schema declared for the status. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

/** Schemas for routes without path parameters, query or body. */
export const NO_PARAMS = z.object({});
/**
 * For routes that define no body: no body at all, or the empty JSON object many clients send
 * with every POST, is accepted; anything else is a 400.
 */
export const NO_BODY = z.union([z.undefined(), z.object({}).strict()]).transform(() => undefined);

interface RouteSpec<P, Q, B> {
  method: Method;
  /** OpenAPI style: `/api/records/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params: z.ZodType<P>;
  query: z.ZodType<Q>;
  body: z.ZodType<B>;
  /** Request headers the route reads (documented in OpenAPI). */
  requestHeaders?: Array<{ name: string; required: boolean; description: string }>;
  /** A larger body limit than the server's default (e.g. files sent base64-encoded in JSON). */
  maxBodyBytes?: number | undefined;
  responses: Record<number, ResponseSpec>;
}

/** Raw inputs as the HTTP layer has them, before validation. */
export interface RawInput<C extends Caller | null> {
  params: unknown;
  query: unknown;
  body: unknown;
  caller: C;
  locale: Locale;
  headers: IncomingHttpHeaders;
}

/** A route as the table stores it: its description plus a function that validates and handles. */
export type Route = Omit<RouteSpec<unknown, unknown, unknown>, 'params' | 'query' | 'body'> & {
  params: z.ZodType;
  query: z.ZodType;
  body: z.ZodType;
} & (
    | { auth: 'user'; invoke(input: RawInput<Caller>): Promise<Reply> }
    | { auth: 'anonymous'; invoke(input: RawInput<null>): Promise<Reply> }
  );

/** zod's own messages in each of our languages. */
const ZOD_MESSAGES: Record<Locale, ReturnType<typeof z.locales.en>> = { en: z.locales.en(), da: z.locales.da(), sv: z.locales.sv() };

/** Our schemas' own messages are catalog keys (with the issue's params); zod's are worded by zod's locale. */
function wordZodIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  if (!isMessageKey(issue.message)) return issue.message;
  const params: Record<string, string | number> = {};
  const given: unknown = issue.code === 'custom' ? issue.params : undefined;
  if (typeof given === 'object' && given !== null) {
    for (const [name, value] of Object.entries(given)) if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  return t(locale, issue.message, params);
}

function issuesOf(error: z.ZodError, prefix: string, locale: Locale): ProblemIssue[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: wordZodIssue(i, locale) }));
}

function parseInputs<P, Q, B>(spec: RouteSpec<P, Q, B>, input: RawInput<Caller | null>): { params: P; query: Q; body: B } {
  const params = spec.params.safeParse(input.params);
  // A path that does not parse names nothing that exists.
  if (!params.success) throw new HttpProblem(404, 'error.notFound');
  const words = { error: ZOD_MESSAGES[input.locale].localeError };
  const query = spec.query.safeParse(input.query, words);
  const body = spec.body.safeParse(input.body, words);
  const issues = [...(query.success ? [] : issuesOf(query.error, 'query', input.locale)), ...(body.success ? [] : issuesOf(body.error, '', input.locale))];
  if (!query.success || !body.success) throw new HttpProblem(400, 'error.validation', {}, issues);
  return { params: params.data, query: query.data, body: body.data };
}

/** Declares a route that needs a signed-in caller. */
export function userRoute<P, Q, B>(spec: RouteSpec<P, Q, B> & { handle(ctx: RouteContext<P, Q, B, Caller>): Promise<Reply> }): Route {
  return { ...spec, auth: 'user', invoke: (input) => spec.handle({ ...input, ...parseInputs(spec, input) }) };
}

/** Declares a route open without a token (health, config, local dev sign-in). */
export function anonymousRoute<P, Q, B>(spec: RouteSpec<P, Q, B> & { handle(ctx: RouteContext<P, Q, B, null>): Promise<Reply> }): Route {
  return { ...spec, auth: 'anonymous', invoke: (input) => spec.handle({ ...input, ...parseInputs(spec, input) }) };
}

/** JSON reply helper. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}
