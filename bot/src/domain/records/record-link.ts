/**
 * A5/F1: record links. A URL is a record link only if it is exactly
 * `{PUBLIC_URL}/records/{type}/{id}` (same origin and base path), with a sane type and id.
 */
import type { Caller } from '../access/access';
import type { CallerService } from '../access/caller-service';
import { DomainError } from '../shared/errors';
import type { RecordDetails, RecordDetailsService } from './record-details';
import type { RecordService } from './record-service';
import type { ServiceRecord } from './record';
import type { Versioned } from '../shared/types';

/** Longer URLs are not ours: no work is done for them. */
export const MAX_LINK_LENGTH = 2048;

const TYPE = /^[a-z][a-z0-9]{1,39}$/;
/** What a record id may look like (the same rule as the REST API's path ids). */
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** A5: the canonical web address of a record, built by Casebridge (never the URL someone pasted). */
export function recordLinkUrl(publicUrl: string, type: string, id: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/records/${encodeURIComponent(type)}/${encodeURIComponent(id)}`;
}

/** The record a link points to, or null when it is not a record link of this deployment. */
export function parseRecordLink(publicUrl: string, link: string): { type: string; id: string } | null {
  if (link.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  let base: URL;
  try {
    url = new URL(link);
    base = new URL(publicUrl);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  const prefix = `${base.pathname.replace(/\/+$/, '')}/records/`;
  if (!url.pathname.startsWith(prefix)) return null;
  const parts = url.pathname.slice(prefix.length).split('/');
  if (parts.length !== 2) return null;
  let type: string;
  let id: string;
  try {
    type = decodeURIComponent(parts[0] ?? '');
    id = decodeURIComponent(parts[1] ?? '');
  } catch {
    return null;
  }
  return TYPE.test(type) && RECORD_ID.test(id) ? { type, id } : null;
}

export class RecordLinkService {
  constructor(
    private readonly callers: CallerService,
    private readonly records: RecordService,
    private readonly details: RecordDetailsService,
    private readonly publicUrl: string,
  ) {}

  /** Whether `link` is a record link at all (non-links get an empty answer, not a card). */
  isRecordLink(link: string): boolean {
    return parseRecordLink(this.publicUrl, link) !== null;
  }

  /**
   * The canonical address of the record a link points to (what a card's Open button opens), or
   * null when it is no record link: credentials, query and fragment of the pasted URL are dropped.
   */
  canonicalUrl(link: string): string | null {
    const target = parseRecordLink(this.publicUrl, link);
    return target ? recordLinkUrl(this.publicUrl, target.type, target.id) : null;
  }

  /**
   * F1/F2: the record behind a link, as the user may see it — or null, the same null whether the
   * record does not exist, belongs to another tenant, or the user may not read it (or is unknown).
   */
  async resolve(tenantId: string, userId: string, link: string): Promise<RecordDetails | null> {
    if (!this.isRecordLink(link)) return null;
    let caller: Caller;
    try {
      caller = await this.callers.resolve(tenantId, userId);
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
    const found = await this.find(caller, link);
    if (!found) return null;
    // A link card shows no person or company: one point read (the record) on a warm instance.
    const [details] = await this.details.describe(caller, [found], { withPeople: false });
    return details ?? null;
  }

  /** The record a link points to, if the caller may read it; null otherwise, for any reason. */
  async find(caller: Caller, link: string): Promise<Versioned<ServiceRecord> | null> {
    const target = parseRecordLink(this.publicUrl, link);
    if (!target) return null;
    try {
      const found = await this.records.get(caller, target.id);
      return found.value.type === target.type ? found : null;
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }
}
