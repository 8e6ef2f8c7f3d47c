/**
 * Reply templates (H3): an administrator's ready answers, per language, with placeholders that
 * are filled for one case and the agent when an agent picks the template. A template is text
 * only: a reply's subject is always its thread's (`Re: [CAS-…] …`, mail-thread.ts), so a
 * template subject could never be used (a stored one from before is ignored and not shown).
 */
import type { Locale } from '../shared/types';

/** The placeholders a template may use; any other `{{…}}` is refused when it is saved. */
export const PLACEHOLDERS = ['person.name', 'person.firstName', 'person.email', 'record.number', 'record.title', 'agent.name', 'agent.email', 'company.name'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** The text of a template in one language. */
export interface TemplateText {
  body: string;
}

export interface ReplyTemplate {
  id: string;
  tenantId: string;
  name: string;
  /** At least one language. */
  texts: Partial<Record<Locale, TemplateText>>;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** The unknown placeholders of a text, as written. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1] ?? '').filter((name) => !isPlaceholder(name));
}

/** Each text with an unknown placeholder, as `texts.<locale>.body` → the names. */
export function templateIssues(texts: ReplyTemplate['texts']): Array<{ path: string; names: string[] }> {
  const issues: Array<{ path: string; names: string[] }> = [];
  for (const [locale, text] of Object.entries(texts)) {
    const names = text === undefined ? [] : unknownPlaceholders(text.body);
    if (names.length > 0) issues.push({ path: `texts.${locale}.body`, names });
  }
  return issues;
}

/** The language to render in: the one asked for, else English, else the first the template has. */
export function templateLocale(texts: ReplyTemplate['texts'], wanted: Locale): Locale | null {
  if (texts[wanted]) return wanted;
  if (texts.en) return 'en';
  const first = (['da', 'sv'] as const).find((l) => texts[l]);
  return first ?? null;
}

/** Fills every placeholder; a value that is missing (no person, no company) becomes empty. */
export function fillTemplate(text: string, values: Partial<Record<Placeholder, string>>): string {
  return text.replace(TOKEN, (whole, name: string) => (isPlaceholder(name) ? (values[name] ?? '') : whole));
}
