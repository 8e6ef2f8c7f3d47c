/** The record list's filters, kept in the query string so back/forward and reloads keep them. */
import { RECORD_PRIORITIES, RECORD_STATUSES, type RecordPriority, type RecordStatus } from '../api/types';

export interface RecordFilters {
  q: string;
  type: string;
  status: RecordStatus | '';
  /** H2: the owner (a user id), the owning team, the priority, the person or company. */
  ownerId: string;
  teamId: string;
  priority: RecordPriority | '';
  personId: string;
  companyId: string;
}

/** A status from a select or the query string; anything unknown means "all statuses". */
export function parseStatus(value: string): RecordStatus | '' {
  return RECORD_STATUSES.find((status) => status === value) ?? '';
}

/** A priority from a select or the query string; anything unknown means "all priorities". */
export function parsePriority(value: string): RecordPriority | '' {
  return RECORD_PRIORITIES.find((priority) => priority === value) ?? '';
}

const KEYS = ['q', 'type', 'status', 'ownerId', 'teamId', 'priority', 'personId', 'companyId'] as const;

export function readFilters(search: string): RecordFilters {
  const params = new URLSearchParams(search);
  const text = (key: string) => params.get(key) ?? '';
  return {
    q: text('q'), type: text('type'), status: parseStatus(text('status')), ownerId: text('ownerId'), teamId: text('teamId'),
    priority: parsePriority(text('priority')), personId: text('personId'), companyId: text('companyId'),
  };
}

/** The query string for the filters; other parameters (`inTeams`, `lang`, `view`) are kept. */
export function writeFilters(search: string, filters: RecordFilters): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) {
    const value = filters[key].trim();
    if (value === '') params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
