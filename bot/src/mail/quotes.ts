/**
 * The visible part of a reply: what the sender wrote above the quoted earlier messages. Knows the
 * attribution lines and Outlook header blocks of English, Danish and Swedish mail clients.
 */

const ATTRIBUTION = /^\s*(on|den|le|am)\b.*\b(wrote|skrev)\b.*:\s*$/i;
const ENDS_WROTE = /\b(wrote|skrev)\s*:\s*$/i;
const SEPARATOR = /^\s*-{2,}\s*(original message|oprindelig meddelelse|ursprungligt meddelande|forwarded message|videresendt meddelelse|vidarebefordrat meddelande)\s*-{2,}\s*$/i;
const HEADER_FROM = /^\s*\*?(from|fra|från)\s*:\*?\s*\S/i;
const HEADER_SENT = /^\s*\*?(sent|sendt|skickat|date|dato|datum)\s*:/i;
const RULE = /^\s*_{10,}\s*$/;
const QUOTED = /^\s*>/;
/** Attribution and header lines are short; longer lines are never tested (keeps the patterns linear). */
const MAX_MARKER_LINE = 400;

/** Index of the line where the quoted part starts, or -1. */
function quoteStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (line.length > MAX_MARKER_LINE || next.length > MAX_MARKER_LINE) continue;
    if (SEPARATOR.test(line)) return i;
    if (ATTRIBUTION.test(line) || (ENDS_WROTE.test(line) && !QUOTED.test(line))) return i;
    // Gmail wraps a long "On …, Name <address>" attribution before "wrote:".
    if (/^\s*(on|den)\b/i.test(line) && /^\s*(.*\b)?(wrote|skrev)\b.*:\s*$/i.test(next) && !QUOTED.test(next)) return i;
    if (HEADER_FROM.test(line) && lines.slice(i + 1, i + 5).some((l) => HEADER_SENT.test(l))) {
      return i > 0 && RULE.test(lines[i - 1] ?? '') ? i - 1 : i;
    }
  }
  return -1;
}

/** Returns the text without quoted earlier messages; the whole text when it is nothing but a quote. */
export function trimQuotes(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = quoteStart(lines);
  let kept = start >= 0 ? lines.slice(0, start) : lines;
  let end = kept.length;
  while (end > 0 && (QUOTED.test(kept[end - 1] ?? '') || (kept[end - 1] ?? '').trim() === '')) end--;
  kept = kept.slice(0, end);
  const visible = kept.join('\n').trim();
  return visible === '' ? text.trim() : visible;
}
