/** The tab's languages (K1) and how a locale string from Teams or the browser maps onto them. */

export const LOCALES = ['en', 'da', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** `da-dk` → `da`, `sv-SE` → `sv`, anything else → `en`. */
export function toLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(language) ? language : 'en';
}

/** In a plain browser: `?lang=` wins, then the browser's language, then English. */
export function browserLocale(search: string, navigatorLanguage: string | undefined): Locale {
  const requested = new URLSearchParams(search).get('lang');
  if (requested !== null && isLocale(requested.toLowerCase())) return toLocale(requested);
  return toLocale(navigatorLanguage);
}
