/**
 * Message catalogs (K1) and the two functions every edge uses: pick a locale from what Teams or
 * the browser says, and format a message in it. English is the fallback.
 */
import type { Locale } from '../domain/shared/types';
import { da } from './da';
import { en, type MessageKey } from './en';
import { sv } from './sv';

export type { MessageKey };

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, da, sv };

/** All supported locales, English first. */
export const LOCALES: readonly Locale[] = ['en', 'da', 'sv'];

/**
 * Picks the best supported locale from a Teams locale (`da-DK`), a BCP 47 tag or an
 * Accept-Language header (`sv-SE,sv;q=0.9,en;q=0.8`). Norwegian Bokmål falls back to Danish,
 * the closest written language we ship.
 */
export function resolveLocale(input: string | undefined | null): Locale {
  if (!input) return 'en';
  const tags = input
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((t) => t.tag !== '')
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const primary = tag.split('-')[0];
    if (primary === 'en' || primary === 'da' || primary === 'sv') return primary;
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'da';
  }
  return 'en';
}

/** Formats a message: `{name}` placeholders are replaced from `params`. */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogs[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** True when `key` names a message in the catalogs (used for keys built at run time). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}
