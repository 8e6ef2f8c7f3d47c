/**
 * Raw MIME → ParsedMail (domain/intake/parsed-mail.ts) on postal-mime. Refuses with
 * MailParseError (an UnparseableMailError with a reason) what is too large, has endless headers
 * or nesting, or is no mail at all; recovers from odd charsets and broken MIME with warnings.
 */
import type PostalMime from 'postal-mime';
import { MAIL_LIMITS, type ParsedAttachment, type ParsedMail } from '../domain/intake/parsed-mail';
import type { MailAddress } from '../domain/conversations/conversation';
import { fixC1 } from './cp1252';
import { bodyOf, checkRaw, rawWarnings } from './mime-guards';
import { MailParseError } from './parse-error';
import { parseInWorker } from './mime-worker';
import { detectReport } from './report';
import { htmlToText, MAX_HTML_CHARS, sanitizeHtml } from './sanitize';
import { trimQuotes } from './quotes';

type Email = PostalMime.Email;
type Address = PostalMime.Address;

/** How long one parse may take, and the parser's heap, before the mail is refused. */
export const PARSE_LIMITS = { timeoutMs: 20_000, maxHeapMb: 768 } as const;

function addresses(list: Address[] | Address | undefined): MailAddress[] {
  const flat: MailAddress[] = [];
  for (const entry of list === undefined ? [] : Array.isArray(list) ? list : [list]) {
    const members = entry.group ?? [entry];
    for (const member of members) {
      const address = (member.address ?? '').trim().toLowerCase();
      if (address) flat.push({ name: fixC1(member.name.trim()), address });
    }
  }
  return flat;
}

/** `<id@host>` → `id@host`; the first bracketed id, else the trimmed value. */
export function stripId(value: string | undefined): string | null {
  if (!value) return null;
  const bracketed = /<([^<>\s]+)>/.exec(value);
  const id = bracketed?.[1] ?? value.trim().split(/\s+/)[0] ?? '';
  return id === '' ? null : id;
}

function idList(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1] ?? '');
  return (bracketed.length > 0 ? bracketed : value.split(/[\s,]+/)).filter(Boolean);
}

function header(email: Email, key: string): string | undefined {
  return email.headers.find((h) => h.key === key)?.value.trim();
}

function headersOf(email: Email): ParsedMail['headers'] {
  const result: ParsedMail['headers'] = {};
  const pick: Array<[keyof ParsedMail['headers'], string]> = [
    ['autoSubmitted', 'auto-submitted'],
    ['precedence', 'precedence'],
    ['xAutoreply', 'x-autoreply'],
    ['xAutoResponseSuppress', 'x-auto-response-suppress'],
    ['listId', 'list-id'],
    ['listUnsubscribe', 'list-unsubscribe'],
    ['contentLanguage', 'content-language'],
    ['contentType', 'content-type'],
  ];
  for (const [name, key] of pick) {
    const value = header(email, key);
    if (value !== undefined) result[name] = value;
  }
  const returnPath = header(email, 'return-path');
  if (returnPath !== undefined) result.returnPath = returnPath.replace(/^<|>$/g, '').trim().toLowerCase();
  return result;
}

function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function toBuffer(content: ArrayBuffer | Uint8Array | string): Buffer {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  return content instanceof Uint8Array ? Buffer.from(content.buffer, content.byteOffset, content.byteLength) : Buffer.from(content);
}

function translate(error: unknown): MailParseError {
  if (error instanceof MailParseError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/nesting depth/i.test(message)) return new MailParseError('tooDeep', `MIME parts nested more than ${MAIL_LIMITS.maxMimeDepth} levels deep`, { max: MAIL_LIMITS.maxMimeDepth });
  if (/header size/i.test(message)) return new MailParseError('headerTooLarge', `headers larger than ${MAIL_LIMITS.maxHeaderBytes} bytes`, { max: MAIL_LIMITS.maxHeaderBytes });
  return new MailParseError('broken', `broken MIME: ${message.slice(0, 200)}`);
}

/** Parses raw MIME; throws MailParseError (an UnparseableMailError) with a reason when it cannot. */
export async function parseMail(raw: Buffer): Promise<ParsedMail> {
  checkRaw(raw);
  let email: Email;
  try {
    const options = { maxNestingDepth: MAIL_LIMITS.maxMimeDepth, maxHeadersSize: MAIL_LIMITS.maxHeaderBytes, maxRfc822NestingDepth: 3, attachmentEncoding: 'arraybuffer' } as const;
    email = await parseInWorker(raw, options, PARSE_LIMITS);
  } catch (error) {
    throw translate(error);
  }
  const warnings = rawWarnings(raw);
  // A multipart without a usable boundary yields no parts: keep its body as the text.
  if (!email.text?.trim() && !email.html && warnings.some((w) => w.includes('boundary'))) email.text = bodyOf(raw);
  return buildParsedMail(email, warnings);
}

function buildParsedMail(email: Email, warnings: string[]): ParsedMail {
  const from = addresses(email.from)[0] ?? null;
  const tooBig = (email.html?.length ?? 0) > MAX_HTML_CHARS;
  if (tooBig) warnings.push(`HTML body of ${email.html?.length} characters shown as text only`);
  const html = email.html && !tooBig ? sanitizeHtml(fixC1(email.html)) : null;
  const text = fixC1((email.text ?? '').trim() !== '' ? (email.text ?? '') : email.html ? htmlToText(email.html) : '');
  const subject = fixC1(email.subject ?? '');
  const parts = email.attachments.map((a) => ({ mimeType: a.mimeType.toLowerCase(), content: toBuffer(a.content) }));
  if (email.attachments.length > MAIL_LIMITS.maxAttachments) warnings.push(`${email.attachments.length} attachments; only the first ${MAIL_LIMITS.maxAttachments} kept`);
  const attachments: ParsedAttachment[] = email.attachments.slice(0, MAIL_LIMITS.maxAttachments).map((a, i) => ({
    filename: fixC1(a.filename ?? `attachment-${i + 1}`),
    contentType: a.mimeType.toLowerCase(),
    content: parts[i]?.content ?? Buffer.alloc(0),
    contentId: stripId(a.contentId),
    inline: a.disposition === 'inline' || a.related === true,
  }));
  const headers = headersOf(email);
  return {
    messageId: stripId(email.messageId),
    inReplyTo: stripId(email.inReplyTo),
    references: idList(email.references),
    from,
    replyTo: addresses(email.replyTo),
    to: addresses(email.to),
    cc: addresses(email.cc),
    subject,
    date: isoDate(email.date),
    text,
    html,
    visibleText: trimQuotes(text),
    attachments,
    headers,
    report: detectReport({ contentType: headers.contentType ?? '', fromAddress: from?.address ?? null, returnPath: headers.returnPath, subject, text, parts }),
    warnings,
  };
}
