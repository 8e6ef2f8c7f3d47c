/**
 * What the outbox page shows of one sent message: a few headers and the text part. The MIME is
 * our own (composed by mail/compose.ts), parsed with postal-mime. An HTML-only message is shown
 * as plain text (every tag removed by sanitize-html), never as HTML.
 */
import PostalMime from 'postal-mime';
import sanitizeHtml from 'sanitize-html';

export interface OutboxMessageView {
  from: string;
  to: string;
  cc: string;
  subject: string;
  date: string;
  messageId: string;
  inReplyTo: string;
  /** Plain text to escape and show. */
  text: string;
  /** True when `text` came from the HTML part. */
  fromHtml: boolean;
  attachments: Array<{ filename: string; mimeType: string; size: number }>;
}

type Address = PostalMime.Address;

function addresses(list: Address[] | Address | undefined): string {
  const all = list === undefined ? [] : Array.isArray(list) ? list : [list];
  return all
    .flatMap((a) => ('group' in a && a.group ? a.group : [a]))
    .map((a) => (a.name ? `${a.name} <${a.address ?? ''}>` : (a.address ?? '')))
    .join(', ');
}

/** HTML to plain text: no tags, no scripts, entities decoded. */
function htmlToText(html: string): string {
  const stripped = sanitizeHtml(html.replace(/<(br|\/p|\/div|\/li|\/h\d|\/tr)\b[^>]*>/gi, '$&\n'), { allowedTags: [], allowedAttributes: {} });
  return stripped
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Parses the stored MIME for display. */
export async function viewOutboxMessage(raw: Buffer): Promise<OutboxMessageView> {
  const mail = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  const fromHtml = !mail.text && Boolean(mail.html);
  return {
    from: addresses(mail.from),
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject: mail.subject ?? '',
    date: mail.date ?? '',
    messageId: mail.messageId ?? '',
    inReplyTo: mail.inReplyTo ?? '',
    text: mail.text ?? (mail.html ? htmlToText(mail.html) : ''),
    fromHtml,
    attachments: mail.attachments.map((a) => ({
      filename: a.filename ?? '',
      mimeType: a.mimeType,
      size: typeof a.content === 'string' ? Buffer.byteLength(a.content) : a.content.byteLength,
    })),
  };
}
