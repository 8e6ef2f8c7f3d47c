/**
 * The form's fields, validated with zod: each problem becomes a field error with a message key,
 * which the page shows next to the field and in the error summary. The attachment's type is
 * decided by its file name's extension from an allow-list (the browser's declared type is not
 * trusted), and its content type is set from that list.
 */
import { z } from 'zod';
import type { MessageKey } from '../i18n/catalog';
import { WEBFORM_LIMITS, type UploadedFile } from './form-body';

/** The attachment types the form accepts, by extension. */
export const ALLOWED_ATTACHMENTS: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type FieldName = 'name' | 'email' | 'subject' | 'message' | 'attachment';

export interface FieldError {
  field: FieldName;
  messageKey: MessageKey;
  params?: Record<string, string | number>;
}

/** What the person typed (kept for the round trip). */
export interface FormValues {
  name: string;
  email: string;
  subject: string;
  message: string;
}

const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');

const Fields = z.object({
  name: text(WEBFORM_LIMITS.name),
  email: text(WEBFORM_LIMITS.email).pipe(z.email('email')),
  subject: text(WEBFORM_LIMITS.subject),
  message: text(WEBFORM_LIMITS.message),
});

const MAX_OF: Record<Exclude<FieldName, 'attachment'>, number> = WEBFORM_LIMITS;

/** The text values of a submitted form, as typed. */
export function valuesOf(fields: Map<string, string>): FormValues {
  // Browsers send a textarea's line breaks as CRLF; keep plain LF.
  const get = (key: string) => (fields.get(key) ?? '').replace(/\r\n?/g, '\n');
  return { name: get('name'), email: get('email'), subject: get('subject'), message: get('message') };
}

/** Validates the fields and attachment: the clean values, or the field errors. */
export function validateForm(values: FormValues, file: UploadedFile | null): { ok: true; values: FormValues; attachment: UploadedFile | null } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const parsed = Fields.safeParse(values);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field !== 'name' && field !== 'email' && field !== 'subject' && field !== 'message') || seen.has(field)) continue;
      seen.add(field);
      if (issue.message === 'required') errors.push({ field, messageKey: 'webform.error.required' });
      else if (issue.message === 'tooLong') errors.push({ field, messageKey: 'webform.error.tooLong', params: { max: MAX_OF[field] } });
      else errors.push({ field, messageKey: 'webform.error.email' });
    }
  }
  let attachment: UploadedFile | null = null;
  if (file) {
    const extension = /\.([a-z0-9]+)$/i.exec(file.filename)?.[1]?.toLowerCase() ?? '';
    const contentType = ALLOWED_ATTACHMENTS[extension];
    if (!contentType) errors.push({ field: 'attachment', messageKey: 'webform.error.fileType' });
    else if (file.content.length > WEBFORM_LIMITS.attachmentBytes) errors.push({ field: 'attachment', messageKey: 'webform.error.fileSize' });
    else attachment = { filename: file.filename.replace(/[\\/\r\n\0]/g, '_').slice(-200), contentType, content: file.content };
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, values: parsed.data, attachment };
}
