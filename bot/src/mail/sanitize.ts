/**
 * Received HTML made safe to show: no scripts, styles, frames, forms or event handlers; links
 * only to http(s)/mailto and opened in a new tab without referrer; remote images blocked (their
 * `src` dropped, `alt` kept) so opening a mail does not tell the sender; `cid:` images kept.
 */
import sanitize from 'sanitize-html';

const ALLOWED_TAGS = [
  ...sanitize.defaults.allowedTags.filter((tag) => tag !== 'style'),
  'img', 'font', 'center', 'u', 's', 'del', 'ins', 'sub', 'sup', 'span', 'div',
];

const OPTIONS: sanitize.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    td: ['colspan', 'rowspan', 'align', 'valign', 'width'],
    th: ['colspan', 'rowspan', 'align', 'valign', 'width', 'scope'],
    table: ['border', 'cellpadding', 'cellspacing', 'width'],
    font: ['color', 'size'],
    ol: ['start', 'type'],
    '*': ['dir', 'lang'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['cid'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'template'],
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' } }),
    img: (tagName, attribs) => {
      const { src, ...rest } = attribs;
      const local = typeof src === 'string' && /^cid:/i.test(src.trim());
      return { tagName, attribs: local && src ? { ...rest, src: src.trim() } : rest };
    },
  },
};

/** Larger HTML bodies are not sanitized (seconds of CPU on the event loop): shown as text only. */
export const MAX_HTML_CHARS = 1_000_000;

/** Returns the HTML with everything unsafe or tracking removed. */
export function sanitizeHtml(html: string): string {
  return sanitize(html, OPTIONS);
}

/** Plain text of an HTML body (for mails without text/plain): block ends become line breaks. */
export function htmlToText(html: string): string {
  if (html.length > MAX_HTML_CHARS) return roughText(html);
  const marked = html
    .replace(/<(br|\/p|\/div|\/tr|\/h[1-6]|\/li|\/blockquote)\b[^>]*>/gi, '$&\n')
    .replace(/<\/(td|th)\b[^>]*>/gi, '$&\t');
  const text = sanitize(marked, { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'template'] });
  return decodeEntities(text)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Tags dropped by one linear pass: for HTML too large to sanitize properly. */
function roughText(html: string): string {
  return decodeEntities(html.replace(/<(script|style)\b[^>]*>[^<]*<\/\1\s*>/gi, '').replace(/<(br|\/p|\/div|\/tr|\/li)\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, ''))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
