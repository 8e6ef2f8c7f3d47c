/** The OpenAPI 3.1 document, generated from the route table (JSON Schema 2020-12 from zod). */
import { z } from 'zod';
import { NO_BODY, type Route } from './route';
import { Problem } from './schemas';

type Json = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

function parametersOf(route: Route): Json[] {
  const out: Json[] = [];
  const add = (schema: z.ZodType, where: 'path' | 'query') => {
    const json = schemaOf(schema, 'input');
    const properties = json.properties;
    if (typeof properties !== 'object' || properties === null) return;
    const required = Array.isArray(json.required) ? json.required : [];
    for (const [name, propSchema] of Object.entries(properties)) {
      out.push({ name, in: where, required: where === 'path' || required.includes(name), schema: propSchema });
    }
  };
  add(route.params, 'path');
  add(route.query, 'query');
  for (const h of route.requestHeaders ?? []) out.push({ name: h.name, in: 'header', required: h.required, description: h.description, schema: { type: 'string' } });
  return out;
}

/** Builds the document for the given routes (plus the bot endpoint, which is not JSON API). */
export function buildOpenApi(routes: readonly Route[], serverUrl: string, extraPaths: Json = {}): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const responses: Json = {};
    for (const [status, spec] of Object.entries(route.responses)) {
      responses[status] = {
        description: spec.description,
        ...(spec.schema ? { content: { [spec.contentType ?? 'application/json']: { schema: schemaOf(spec.schema, 'output') } } } : {}),
      };
    }
    // Every operation may be rate limited (http/rate-limits.ts).
    responses['429'] ??= {
      description: 'Too many requests: wait for Retry-After seconds',
      headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer', minimum: 1 } } },
      content: { 'application/problem+json': { schema: schemaOf(Problem, 'output') } },
    };
    const hasBody = route.body !== NO_BODY && !(route.body instanceof z.ZodUndefined);
    paths[route.path] = {
      ...(paths[route.path] ?? {}),
      [route.method]: {
        operationId: route.operationId,
        summary: route.summary,
        tags: [route.tag],
        ...(route.auth === 'user' ? { security: [{ bearer: [] }] } : { security: [] }),
        parameters: parametersOf(route),
        // A body that may be left out (e.g. accept's optional `onBehalfOf`) is not required.
        ...(hasBody ? { requestBody: { required: !route.body.safeParse(undefined).success, content: { 'application/json': { schema: schemaOf(route.body, 'input') } } } } : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Casebridge API', version: '1.0.0', description: 'The REST API behind the Casebridge Teams tab. Errors are RFC 9457 problem details.' },
    servers: [{ url: serverUrl }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A Microsoft Entra ID token for this app (Teams SSO); in local mode, one from POST /dev/token.' } } },
    paths: { ...paths, ...extraPaths },
  };
}
