/** Checks on the raw bytes before and around postal-mime: size, header size, binary headers, charsets, boundaries. */
import { MAIL_LIMITS } from '../domain/intake/parsed-mail';
import { MailParseError } from './parse-error';

/** Byte length of the top header section (up to the first empty line), or the whole length without one. */
export function headerLength(raw: Buffer): number {
  const limit = Math.min(raw.length, MAIL_LIMITS.maxHeaderBytes + 4);
  for (let i = 0; i < limit; i++) {
    if (raw[i] !== 0x0a) continue;
    if (raw[i + 1] === 0x0a) return i + 1;
    if (raw[i + 1] === 0x0d && raw[i + 2] === 0x0a) return i + 1;
  }
  return raw.length;
}

/**
 * postal-mime handles each line of a 7bit/8bit/quoted-printable part as its own chunk: millions
 * of short lines cost seconds and gigabytes. A 25 MB mail of base64 (76 per line) has ~340,000.
 */
export const MAX_LINES = 400_000;

function countLines(raw: Buffer): number {
  let count = 0;
  for (let at = raw.indexOf(0x0a); at !== -1 && count <= MAX_LINES; at = raw.indexOf(0x0a, at + 1)) count++;
  return count;
}

/** Refuses what cannot be mail before any parsing: too large, endless headers, binary headers, no header fields. */
export function checkRaw(raw: Buffer): void {
  if (raw.length > MAIL_LIMITS.maxBytes) throw new MailParseError('tooLarge', `too large (max ${MAIL_LIMITS.maxBytes} bytes)`, { max: MAIL_LIMITS.maxBytes });
  const length = headerLength(raw);
  if (length > MAIL_LIMITS.maxHeaderBytes) {
    throw new MailParseError('headerTooLarge', `header section larger than ${MAIL_LIMITS.maxHeaderBytes} bytes`, { max: MAIL_LIMITS.maxHeaderBytes });
  }
  const lines = countLines(raw);
  if (lines > MAX_LINES) throw new MailParseError('tooManyLines', `more than ${MAX_LINES} lines`, { max: MAX_LINES });
  const header = raw.subarray(0, length);
  if (header.includes(0)) throw new MailParseError('binaryHeader', 'binary data (NUL bytes) in the header section');
  const text = header.toString('latin1');
  if (!/^(from|to|subject|date|message-id|sender|received|return-path|mime-version)[ \t]*:/im.test(text)) {
    throw new MailParseError('noHeaders', 'not an e-mail message: no mail headers (From, To, Subject, Date…) found');
  }
}

/** Problems postal-mime recovers from silently, named for the log. */
export function rawWarnings(raw: Buffer): string[] {
  const text = raw.toString('latin1');
  const warnings = new Set<string>();
  // Linear in the mail's size whatever it holds: each charset is tried once, at most 100 of them,
  // and boundaries are looked up in the set of boundary lines collected in one pass.
  const charsets = new Set<string>();
  for (const match of text.matchAll(/charset\s*=\s*"?([^";\s]+)"?/gi)) {
    const charset = (match[1] ?? '').toLowerCase();
    if (charsets.has(charset)) continue;
    if (charsets.size >= MAX_CHECKED) break;
    charsets.add(charset);
    try {
      new TextDecoder(charset);
    } catch {
      warnings.add(`unknown charset ${charset.slice(0, 40)}`);
    }
  }
  const boundaryLines = new Set<string>();
  for (const match of text.matchAll(/^--([^\r\n]{1,200})$/gm)) boundaryLines.add((match[1] ?? '').replace(/--[ \t]*$/, '').trimEnd());
  let checked = 0;
  for (const match of text.matchAll(/^content-type:[ \t]*(multipart\/[\w.+-]+)([^\n]*(?:\r?\n[ \t][^\n]*)*)/gim)) {
    if (++checked > MAX_CHECKED) break;
    const params = match[2] ?? '';
    const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(params);
    const value = boundary?.[1] ?? boundary?.[2];
    if (!value) warnings.add(`${match[1]} without a boundary`);
    else if (!boundaryLines.has(value.trimEnd())) warnings.add(`boundary ${value.slice(0, 70)} never found`);
  }
  return [...warnings];
}

/** How many charsets and multipart headers rawWarnings looks at, at most. */
const MAX_CHECKED = 100;

/** The top body of a mail without part headers and boundary lines (recovery for broken multiparts). */
export function bodyOf(raw: Buffer): string {
  return raw
    .subarray(headerLength(raw))
    .toString('utf8')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !/^--\S+\s*$/.test(line) && !/^content-[\w-]+:/i.test(line))
    .join('\n')
    .trim();
}
