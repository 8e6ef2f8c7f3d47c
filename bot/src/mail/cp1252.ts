/**
 * Node's TextDecoder decodes windows-1252 as ISO-8859-1 (0x80–0x9F become C1 control
 * characters), so "–", "€", "’"… from Outlook and older clients get lost. C1 controls never
 * belong in mail text; this maps them to the windows-1252 characters they stand for.
 */
const CP1252: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž',
  0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/** The string with C1 control characters replaced by their windows-1252 meaning (or removed). */
export function fixC1(value: string): string {
  return /[\u0080-\u009f]/.test(value) ? value.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0)] ?? '') : value;
}
