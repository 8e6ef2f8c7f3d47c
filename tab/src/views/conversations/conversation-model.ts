/**
 * The conversation view's pure parts: the sandboxed document a message's HTML is shown in, sizes
 * of attachments, the kind of a message (received, sent, internal note) and its delivery badge.
 */
import type { ConversationMessage, DeliveryState } from '../../api/types';

/**
 * The policy inside the message frame: nothing loads but inline styles and images already in the
 * mail (data: and cid:); no scripts, no remote images, no fonts, no forms. The frame's `sandbox=""`
 * forbids scripts a second time, whatever the policy.
 */
export const MESSAGE_FRAME_POLICY = "default-src 'none'; img-src data: cid:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

/**
 * The `srcdoc` of a message frame. The HTML is already sanitized by the service; the frame keeps it
 * apart from the tab even so (its own origin, no scripts, the policy above).
 */
export function messageFrameDocument(html: string): string {
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${MESSAGE_FRAME_POLICY}">`,
    '<style>body{font-family:"Segoe UI",system-ui,sans-serif;font-size:14px;line-height:1.4;margin:8px;overflow-wrap:anywhere}img{max-width:100%;height:auto}</style>',
    '</head><body>',
    html,
    '</body></html>',
  ].join('');
}

/** How a message is shown: from the customer, from us, or a note only agents see. */
export type MessageKind = 'received' | 'sent' | 'note';

export function messageKind(message: ConversationMessage): MessageKind {
  if (message.visibility === 'internal') return 'note';
  return message.direction === 'in' ? 'received' : 'sent';
}

/** The delivery badge of an outgoing message: sent, waiting (pending or sending) or failed. */
export type DeliveryBadge = 'sent' | 'waiting' | 'failed';

export function deliveryBadge(state: DeliveryState): DeliveryBadge {
  if (state === 'sent') return 'sent';
  if (state === 'failed') return 'failed';
  return 'waiting';
}

/** Whether the trimmed text leaves something out (then "Show full text" is offered). */
export function hasHiddenText(message: ConversationMessage): boolean {
  return message.text.trim() !== message.visibleText.trim();
}

/** "512 B", "14 KB", "3.2 MB" in the user's language. */
export function formatSize(bytes: number, locale: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

/** "Anna Berg <anna@example.com>", or the bare address when there is no name. */
export function formatAddress(address: { name: string; address: string }): string {
  return address.name.trim() === '' || address.name === address.address ? address.address : `${address.name} <${address.address}>`;
}

/** Saves bytes under a file name: a temporary object URL and a temporary `<a download>`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL is no longer needed after that.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
