/** The web form's paths for the OpenAPI document (buildOpenApi's `extraPaths`). */
import { WEBFORM_LIMITS } from './form-body';
import { ALLOWED_ATTACHMENTS } from './form-fields';

const params = [
  { name: 'tenantId', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,100}$' } },
  { name: 'recordType', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,100}$' } },
  { name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['en', 'da', 'sv'] }, description: 'Page language; else Accept-Language.' },
];

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { type: 'object' } }, 'text/html': { schema: { type: 'string' } } } });

const fields = {
  type: 'object',
  required: ['name', 'email', 'subject', 'message', 'started', 'altcha'],
  properties: {
    name: { type: 'string', maxLength: WEBFORM_LIMITS.name },
    email: { type: 'string', format: 'email', maxLength: WEBFORM_LIMITS.email },
    subject: { type: 'string', maxLength: WEBFORM_LIMITS.subject },
    message: { type: 'string', maxLength: WEBFORM_LIMITS.message },
    started: { type: 'string', description: 'The signed fill-time token from the page (or GET as JSON).' },
    altcha: { type: 'string', description: 'base64 of JSON `{ challenge, solution }`: the solved ALTCHA v2 challenge (SHA-256).' },
    website: { type: 'string', description: 'Honeypot: must be empty.' },
  },
};

/** Paths keyed as OpenAPI wants them. */
export function webFormOpenApiPaths(): Record<string, unknown> {
  return {
    '/forms/{tenantId}/{recordType}': {
      get: {
        operationId: 'getWebForm',
        security: [],
        summary: 'The public web form (HTML), or with Accept: application/json its fill-time token and ALTCHA challenge',
        tags: ['web form'],
        parameters: params,
        responses: {
          200: { description: 'The form page', content: { 'text/html': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'object', properties: { started: { type: 'string' }, challenge: { type: 'object' } } } } } },
          404: problem('No such tenant or record type with a form'),
        },
      },
      post: {
        operationId: 'submitWebForm',
        security: [],
        summary: 'Submits the web form; the request goes to intake',
        tags: ['web form'],
        parameters: params,
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: { ...fields, properties: { ...fields.properties, attachment: { type: 'string', format: 'binary', description: `Optional, at most ${WEBFORM_LIMITS.attachmentBytes} bytes: ${Object.keys(ALLOWED_ATTACHMENTS).join(', ')}` } } },
            },
            'application/x-www-form-urlencoded': { schema: fields },
          },
        },
        responses: {
          200: { description: 'Thank-you page', content: { 'text/html': { schema: { type: 'string' } } } },
          202: { description: 'Accepted (Accept: application/json)', content: { 'application/json': { schema: { type: 'object', properties: { intakeId: { type: 'string' } }, required: ['intakeId'] } } } },
          400: problem('Fill-time token too young, expired or forged; proof of work missing, invalid or replayed'),
          404: problem('No such tenant or record type with a form'),
          413: problem('Request larger than the limits'),
          415: problem('Not a form body'),
          422: problem('Field errors'),
          429: problem('Too many submissions from this address or for this e-mail address (Retry-After)'),
        },
      },
    },
  };
}
