/**
 * The widget's words: the `chatwidget.*` catalog area of the service (bundled from
 * bot/src/i18n/areas/chatwidget.ts, so both sides share one source) and the choice of language.
 */
import { chatwidgetClientDa as da, chatwidgetClientEn as en, chatwidgetClientSv as sv } from '../../bot/src/i18n/areas/chatwidget';

export type Lang = 'en' | 'da' | 'sv';
export type MessageKey = keyof typeof en;

const catalogs: Record<Lang, Record<MessageKey, string>> = { en, da, sv };

/** True for a language the widget speaks. */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'da' || value === 'sv';
}

/**
 * The first supported language among BCP 47 tags (navigator.languages, data-lang), or null.
 * Norwegian falls back to Danish, as the service's own resolveLocale does.
 */
export function langOf(tags: readonly string[]): Lang | null {
  for (const tag of tags) {
    const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
    if (isLang(primary)) return primary;
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'da';
  }
  return null;
}

/** A message in `lang`, with `{name}` placeholders filled from params. */
export function format(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogs[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** True when `key` names a message (note keys are built at run time). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}
