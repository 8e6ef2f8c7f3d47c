/** The record list's filters, kept in the query string so back/forward and reloads keep them. */
import { RECORD_STATUSES, type RecordStatus } from '../api/types';

export interface RecordFilters {
  q: string;
  type: string;
  status: RecordStatus | '';
}

/** A status from a select or the query string; anything unknown means "all statuses". */
export function parseStatus(value: string): RecordStatus | '' {
  return RECORD_STATUSES.find((status) => status === value) ?? '';
}

export function readFilters(search: string): RecordFilters {
  const params = new URLSearchParams(search);
  return { q: params.get('q') ?? '', type: params.get('type') ?? '', status: parseStatus(params.get('status') ?? '') };
}

/** The query string for the filters; other parameters (`inTeams`, `lang`) are kept. */
export function writeFilters(search: string, filters: RecordFilters): string {
  const params = new URLSearchParams(search);
  for (const key of ['q', 'type', 'status'] as const) {
    const value = filters[key].trim();
    if (value === '') params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
