/**
 * POST /api/mail/inbound?mailbox=<support address>: raw MIME signed with
 * `X-Casebridge-Signature` (webhook-signature.ts). Mounted as a raw restify handler, outside the
 * route table: the body is bytes, read here with a cap, never by a body parser. Answers 202
 * {intakeId} only once intake holds the mail durably; every refusal is problem+json.
 */
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Request, Response, Server } from 'restify';
import { UnknownMailboxError, type IntakePort } from '../domain/intake/intake-port';
import { MAIL_LIMITS, UnparseableMailError } from '../domain/intake/parsed-mail';
import type { Locale } from '../domain/shared/types';
import { problemOf, type Problem } from '../http/problem';
import { Problem as ProblemSchema } from '../http/schemas';
import { sendProblem } from '../http/send-problem';
import { t, type MessageKey } from '../i18n/catalog';
import { parseMail } from './parse';
import { MailParseError } from './parse-error';
import { isFresh, parseSignatureHeader, SIGNATURE_HEADER, verifySignature } from './webhook-signature';

export const MIME_WEBHOOK_PATH = '/api/mail/inbound';
const ACCEPTED_TYPES = ['message/rfc822', 'application/octet-stream'];

export interface MimeWebhookOptions {
  intake: IntakePort;
  /** MAIL_WEBHOOK_SECRET; without it the endpoint answers 404 (not enabled here). */
  secret: string | undefined;
  logger: Logger;
  localeOf: (req: Request) => Locale;
  /** Defaults to MAIL_LIMITS.maxBytes. */
  maxBytes?: number | undefined;
  /** Seconds since the epoch (tests). */
  now?: (() => number) | undefined;
}

class WebhookRefusal extends Error {
  constructor(
    readonly status: number,
    readonly titleKey: MessageKey,
    readonly detailKey: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(detailKey);
  }
}

function problem(refusal: WebhookRefusal, locale: Locale): Problem {
  return {
    type: `https://casebridge.dev/problems/${refusal.detailKey.replace(/^mail\./, 'mail/')}`,
    title: t(locale, refusal.titleKey),
    status: refusal.status,
    detail: t(locale, refusal.detailKey, refusal.params),
  };
}

function unparseable(error: UnparseableMailError): WebhookRefusal {
  if (error instanceof MailParseError) return new WebhookRefusal(400, 'mail.problem.unparseable', `mail.unparseable.${error.code}`, error.params);
  return new WebhookRefusal(400, 'mail.problem.unparseable', 'mail.unparseable.other', { reason: error.reason });
}

async function readCapped(req: Request, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) throw new WebhookRefusal(413, 'mail.problem.tooLarge', 'mail.webhook.tooLarge', { max: maxBytes });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Mounts the webhook on a restify server. */
export function mountMimeWebhook(server: Server, options: MimeWebhookOptions): void {
  const { intake, secret, localeOf } = options;
  const logger = options.logger.child({ component: 'mime-webhook' });
  const maxBytes = options.maxBytes ?? MAIL_LIMITS.maxBytes;
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));

  const handle = async (req: Request): Promise<{ intakeId: string }> => {
    if (!secret) throw new WebhookRefusal(404, 'error.notFound', 'mail.webhook.disabled');
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!ACCEPTED_TYPES.includes(type)) throw new WebhookRefusal(415, 'mail.problem.contentType', 'mail.webhook.contentType');
    if (Number(req.headers['content-length'] ?? '0') > maxBytes) throw new WebhookRefusal(413, 'mail.problem.tooLarge', 'mail.webhook.tooLarge', { max: maxBytes });
    const signature = parseSignatureHeader(req.headers[SIGNATURE_HEADER]);
    if (!signature) throw new WebhookRefusal(401, 'mail.problem.signature', 'mail.webhook.signature');
    if (!isFresh(signature, now())) throw new WebhookRefusal(401, 'mail.problem.signature', 'mail.webhook.expired');
    const mailbox = (new URL(req.url ?? '/', 'http://local').searchParams.get('mailbox') ?? '').trim().toLowerCase();
    const raw = await readCapped(req, maxBytes);
    if (!verifySignature(secret, signature, mailbox, raw)) throw new WebhookRefusal(401, 'mail.problem.signature', 'mail.webhook.signature');
    if (!mailbox) throw new WebhookRefusal(400, 'mail.problem.mailbox', 'mail.webhook.missingMailbox');
    if (!(await intake.resolveMailbox(mailbox))) throw new WebhookRefusal(404, 'mail.problem.mailbox', 'mail.webhook.unknownMailbox', { mailbox });
    const parsed = await parseMail(raw);
    const { intakeId } = await intake.acceptRawMail({ raw, source: 'webhook', mailbox, mailFrom: null, externalId: null, parsed });
    logger.info({ intakeId, mailbox, bytes: raw.length }, 'mail accepted by webhook');
    return { intakeId };
  };

  server.post(MIME_WEBHOOK_PATH, async (req: Request, res: Response) => {
    const locale = localeOf(req);
    try {
      const body = JSON.stringify(await handle(req));
      res.writeHead(202, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
      res.end(body);
    } catch (error) {
      let refusal: WebhookRefusal | null = null;
      if (error instanceof WebhookRefusal) refusal = error;
      else if (error instanceof UnparseableMailError) refusal = unparseable(error);
      else if (error instanceof UnknownMailboxError) refusal = new WebhookRefusal(404, 'mail.problem.mailbox', 'mail.webhook.unknownMailbox', { mailbox: error.address });
      if (refusal) {
        logger.warn({ status: refusal.status, reason: refusal.detailKey }, 'inbound mail refused');
        return sendProblem(res, problem(refusal, locale));
      }
      logger.error({ err: error }, 'inbound mail failed');
      sendProblem(res, problemOf(500, 'error.internal', locale));
    }
  });
}

const { $schema: _unused, ...problemSchema } = z.toJSONSchema(ProblemSchema, { io: 'output', unrepresentable: 'any' });
const problemContent = { 'application/problem+json': { schema: problemSchema } };

/** The OpenAPI path item for buildOpenApi's extra paths. */
export const mimeWebhookOpenApi = {
  [MIME_WEBHOOK_PATH]: {
    post: {
      operationId: 'mailInbound',
      // No bearer token: the HMAC signature authenticates the sender.
      security: [],
      summary: 'Raw MIME mail for a support address, signed with X-Casebridge-Signature (HMAC-SHA256 of "t.mailbox." + body)',
      tags: ['mail'],
      parameters: [
        { name: 'mailbox', in: 'query', required: true, schema: { type: 'string', format: 'email' }, description: 'The support address the mail was sent to' },
        { name: 'X-Casebridge-Signature', in: 'header', required: true, schema: { type: 'string', example: 't=1767225600,v1=5d41402abc4b2a76b9719d911017c592…' }, description: 't=<unix seconds>,v1=<hex HMAC-SHA256(secret, `${t}.${mailbox}.` + body)> (mailbox lower-cased); at most 5 minutes old' },
      ],
      requestBody: { required: true, content: { 'message/rfc822': { schema: { type: 'string', format: 'binary' } }, 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
      responses: {
        202: { description: 'Stored durably; processing follows', content: { 'application/json': { schema: { type: 'object', required: ['intakeId'], properties: { intakeId: { type: 'string' } } } } } },
        400: { description: 'Not a readable e-mail, or no mailbox named', content: problemContent },
        401: { description: 'Signature missing, wrong or older than 5 minutes', content: problemContent },
        404: { description: 'Unknown mailbox, or the webhook is not enabled (no MAIL_WEBHOOK_SECRET)', content: problemContent },
        413: { description: `Larger than ${MAIL_LIMITS.maxBytes} bytes`, content: problemContent },
        415: { description: 'Not message/rfc822 or application/octet-stream', content: problemContent },
      },
    },
  },
};
