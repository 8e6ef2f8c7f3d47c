/**
 * The OData query options the sandbox's Graph endpoints honour, with Graph's limits: `$top` (at
 * most 50 for chats), `$skiptoken` paging, `$expand`, `$select`, `$orderby` and the `$filter`
 * forms Graph documents for these lists — `prop eq 'value'` clauses joined by `and`, and
 * `members/any(o: o/displayName eq 'value')`. Anything else is a 400, as unsupported options are.
 */
import { z } from 'zod';
import { badRequest } from './http';

export type FilterClause =
  | { kind: 'eq'; property: string; value: string }
  | { kind: 'any'; collection: string; property: string; value: string };

const literal = "'((?:[^']|'')*)'";
const EQ = new RegExp(`^([A-Za-z][\\w/]*)\\s+eq\\s+${literal}$`);
const ANY = new RegExp(`^([A-Za-z]\\w*)/any\\(\\s*(\\w+)\\s*:\\s*\\2/(\\w+)\\s+eq\\s+${literal}\\s*\\)$`, 'i');

/** Splits on ` and ` outside quoted literals. */
function clausesOf(filter: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < filter.length; i++) {
    const ch = filter[i] ?? '';
    if (ch === "'") quoted = !quoted;
    if (!quoted && /^\s+and\s+/i.test(filter.slice(i))) {
      const match = /^\s+and\s+/i.exec(filter.slice(i));
      parts.push(current);
      current = '';
      i += (match?.[0].length ?? 1) - 1;
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Parses `$filter`; `allowed` names the properties (lower case) this list can filter on. */
export function parseFilter(filter: string | null, allowed: { eq: string[]; any?: Record<string, string[]> }): FilterClause[] {
  if (filter === null || filter.trim() === '') return [];
  return clausesOf(filter).map((clause): FilterClause => {
    const eq = EQ.exec(clause);
    if (eq && allowed.eq.includes((eq[1] ?? '').toLowerCase())) {
      return { kind: 'eq', property: (eq[1] ?? '').toLowerCase(), value: (eq[2] ?? '').replace(/''/g, "'") };
    }
    const any = ANY.exec(clause);
    const collection = (any?.[1] ?? '').toLowerCase();
    const property = (any?.[3] ?? '').toLowerCase();
    if (any && allowed.any?.[collection]?.includes(property)) {
      return { kind: 'any', collection, property, value: (any[4] ?? '').replace(/''/g, "'") };
    }
    throw badRequest(`Invalid filter clause: ${clause}`);
  });
}

/** `$top`: 1..max; `fallback` when absent. */
export function parseTop(value: string | null, max: number, fallback: number): number {
  if (value === null) return fallback;
  const parsed = z.coerce.number().int().min(1).safeParse(value);
  if (!parsed.success) throw badRequest(`Invalid value for $top: ${value}`);
  if (parsed.data > max) throw badRequest(`The maximum allowed $top value is ${max}.`);
  return parsed.data;
}

/** `$skiptoken`: an opaque offset into the list. */
export function parseSkipToken(value: string | null): number {
  if (value === null) return 0;
  const offset = Number(Buffer.from(value, 'base64url').toString('utf8').replace(/^skip:/, ''));
  if (!Number.isInteger(offset) || offset < 0) throw badRequest('Invalid $skiptoken.');
  return offset;
}

export const skipToken = (offset: number): string => Buffer.from(`skip:${offset}`).toString('base64url');

/** `$expand`: a comma list of the allowed navigation properties. */
export function parseExpand(value: string | null, allowed: string[]): Set<string> {
  const names = (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const name of names) if (!allowed.includes(name)) throw badRequest(`Expansion of '${name}' is not supported.`);
  return new Set(names);
}

/** `$select`: keeps the named properties, expanded ones and OData annotations. */
export function applySelect(item: Record<string, unknown>, select: string | null, expanded: Iterable<string> = []): Record<string, unknown> {
  if (select === null || select.trim() === '') return item;
  const keep = new Set([...select.split(',').map((s) => s.trim()), ...expanded]);
  return Object.fromEntries(Object.entries(item).filter(([key]) => keep.has(key) || key.startsWith('@odata') || key.endsWith('@odata.context')));
}
