/** A web form submission as stored (JSON in the raw-request blob), and as the pipeline reads it. */
import { z } from 'zod';
import type { ParsedMail } from './parsed-mail';

export const WebFormRecordSchema = z.object({
  name: z.string(),
  email: z.string(),
  subject: z.string(),
  message: z.string(),
  locale: z.enum(['en', 'da', 'sv']),
  attachment: z.object({ filename: z.string(), contentType: z.string(), base64: z.string() }).nullable(),
});
export type WebFormRecord = z.infer<typeof WebFormRecordSchema>;

/** The submission in the pipeline's terms: a mail without threading or automatic headers. */
export function webFormMail(form: WebFormRecord): ParsedMail {
  return {
    messageId: null, inReplyTo: null, references: [],
    from: { name: form.name, address: form.email }, replyTo: [], to: [], cc: [],
    subject: form.subject, date: null, text: form.message, html: null, visibleText: form.message,
    attachments: form.attachment ? [{ filename: form.attachment.filename, contentType: form.attachment.contentType, content: Buffer.from(form.attachment.base64, 'base64'), contentId: null, inline: false }] : [],
    headers: { contentLanguage: form.locale }, report: null, warnings: [],
  };
}
