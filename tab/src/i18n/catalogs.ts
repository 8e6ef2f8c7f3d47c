/** Message lookup with `{placeholder}` substitution over the three catalogs. */
import { da } from './da';
import { en, type Catalog, type MessageKey } from './en';
import type { Locale } from './locale';
import { sv } from './sv';

const CATALOGS: Record<Locale, Catalog> = { en, da, sv };

export type MessageValues = Record<string, string | number>;

/** Translates a key; unknown placeholders are left as written. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function translator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  return (key, values) => {
    const text = catalog[key];
    if (values === undefined) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : String(value);
    });
  };
}
