/** Schemas of the compose routes (H3): reply, forward, note, message edit, reply templates. */
import { z } from 'zod';
import { MAX_ATTACHMENTS } from '../domain/compose/attachment-limits';
import { MessageView } from './conversation-schemas';
import { Id } from './schemas';

const Text = z.string().max(100_000);
/** A recipient: a bare e-mail address (a malformed one is a 400 naming `to.0`, `cc.1`, …). */
const Recipients = z.array(z.email().max(254)).max(50);

/**
 * Strict base64 (RFC 4648, padded), i.e. `^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$`
 * written without a repeated group (V8 overflows its stack on that over megabytes): the alphabet,
 * at most two `=` at the end, a multiple of four.
 */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Non-empty, well-formed base64 (Buffer.from would silently drop what it cannot read); line breaks are ignored. */
const Base64 = z.string().refine((value) => {
  const bare = value.replace(/[\r\n]/g, '');
  return bare !== '' && bare.length % 4 === 0 && BASE64.test(bare);
}, 'Expected non-empty base64');

/** A file in JSON: its bytes base64-encoded (the size limit is checked after decoding: 413). */
export const AttachmentUpload = z
  .object({
    filename: z.string().trim().min(1).max(255).regex(/^[^\\/\r\n\0]+$/),
    contentType: z.string().regex(/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i).max(127),
    contentBase64: Base64,
  })
  .strict();

/** At most as many files as a message may carry (more is a 400 naming `attachments`). */
const Attachments = z.array(AttachmentUpload).max(MAX_ATTACHMENTS).default([]);

export const ReplyCreate = z
  .object({
    text: Text.min(1),
    conversationId: Id.optional(),
    cc: Recipients.default([]),
    bcc: Recipients.default([]),
    attachments: Attachments,
    /** J2: the delegator you reply for (absent: as yourself, or for the case's owner when only your delegation lets you write). */
    onBehalfOf: Id.optional(),
  })
  .strict();

export const ForwardCreate = z
  .object({
    to: Recipients.min(1),
    cc: Recipients.default([]),
    bcc: Recipients.default([]),
    /** One message of the case; without it, the whole case. */
    messageId: Id.optional(),
    text: Text.default(''),
    attachments: Attachments,
  })
  .strict();

/** J5: `private: true` makes it the author's own memo (read access suffices; kept apart; no If-Match). */
export const NoteCreate = z.object({ text: Text.min(1), private: z.boolean().default(false) }).strict();

export const MessagePatch = z
  .object({
    visibility: z.enum(['external', 'internal']).optional(),
    subject: z.string().max(998).optional(),
    text: Text.optional(),
  })
  .strict();

export const MessageParams = z.object({ id: Id, messageId: Id });

export const ComposedMessage = z.object({ message: MessageView });

/** A template's text in one language (text only: a reply's subject is always its thread's). */
const TemplateText = z.object({ body: z.string().min(1).max(20_000) }).strict();

export const ReplyTemplateInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    texts: z.object({ en: TemplateText.optional(), da: TemplateText.optional(), sv: TemplateText.optional() }).strict(),
  })
  .strict();

export const ReplyTemplateView = z.object({
  id: z.string(),
  name: z.string(),
  texts: z.object({ en: TemplateText.optional(), da: TemplateText.optional(), sv: TemplateText.optional() }),
  updatedAt: z.string(),
  updatedBy: z.string(),
  etag: z.string(),
});

export const ReplyTemplateList = z.object({ items: z.array(ReplyTemplateView), placeholders: z.array(z.string()) });

export const TemplateParams = z.object({ id: Id });
export const RenderParams = z.object({ id: Id, templateId: Id });

export const RenderedTemplateView = z.object({ locale: z.enum(['en', 'da', 'sv']), text: z.string() });
