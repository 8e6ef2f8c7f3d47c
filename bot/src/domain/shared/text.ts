/** Text helpers for customer-supplied strings (subjects, names): never cut a character in half. */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces unpaired UTF-16 surrogates (invalid text that encoders refuse) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** At most `max` UTF-16 units, cut between characters (an emoji is kept whole or left out). */
export function truncate(text: string, max: number): string {
  const clean = wellFormed(text);
  if (clean.length <= max) return clean;
  let end = max;
  const last = clean.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return clean.slice(0, end);
}
