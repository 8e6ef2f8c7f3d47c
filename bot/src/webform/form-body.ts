/**
 * Reads the form's POST body: application/x-www-form-urlencoded or multipart/form-data, with the
 * whole request capped (Content-Length checked first, then counted while it streams in: reading
 * stops at the first byte over). Multipart is parsed by Node's own fetch implementation (undici's
 * `Response.formData()`), a maintained parser already in the runtime, on the capped buffer.
 */
import type { IncomingMessage } from 'node:http';
import type { MessageKey } from '../i18n/catalog';

/** Field and size limits of the web form. */
export const WEBFORM_LIMITS = {
  name: 200,
  email: 254,
  subject: 200,
  message: 20_000,
  attachmentBytes: 5 * 1024 * 1024,
  /** The whole request: the attachment plus the text fields (UTF-8, up to 4 bytes a character) and multipart overhead. */
  requestBytes: 5 * 1024 * 1024 + 256 * 1024,
} as const;

/** An answer the form gives before it gets to the fields: status and localized message. */
export class WebFormRequestError extends Error {
  constructor(
    readonly status: number,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = 'WebFormRequestError';
  }
}

export interface UploadedFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface FormBody {
  fields: Map<string, string>;
  file: UploadedFile | null;
}

async function readCapped(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 'NaN');
  if (Number.isFinite(declared) && declared > maxBytes) throw new WebFormRequestError(413, 'webform.error.tooLarge');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) throw new WebFormRequestError(413, 'webform.error.tooLarge');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Parses the body; throws WebFormRequestError (413 too large, 415 another type, 400 malformed). */
export async function readFormBody(req: IncomingMessage, maxBytes: number = WEBFORM_LIMITS.requestBytes): Promise<FormBody> {
  const contentType = req.headers['content-type'] ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/x-www-form-urlencoded' && mediaType !== 'multipart/form-data') {
    throw new WebFormRequestError(415, 'webform.error.unsupported');
  }
  const raw = await readCapped(req, maxBytes);
  const fields = new Map<string, string>();
  if (mediaType === 'application/x-www-form-urlencoded') {
    for (const [key, value] of new URLSearchParams(raw.toString('utf8'))) if (!fields.has(key)) fields.set(key, value);
    return { fields, file: null };
  }
  let form: FormData;
  try {
    form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new WebFormRequestError(400, 'webform.error.unsupported');
  }
  let file: UploadedFile | null = null;
  for (const [key, value] of form) {
    if (typeof value === 'string') {
      if (!fields.has(key)) fields.set(key, value);
    } else if (key === 'attachment' && file === null && value.size > 0) {
      file = { filename: value.name, contentType: value.type, content: Buffer.from(await value.arrayBuffer()) };
    }
  }
  return { fields, file };
}
