/**
 * I1 in Azure (PRESENCE_FROM_TEAMS): agents' Teams presence through Microsoft Graph
 * (`POST /communications/getPresencesByUserId`), as the app: application permission
 * `Presence.Read.All`. Graph takes at most 650 ids per call, so larger lists go in batches, and it
 * refuses a whole call for one id that is not an object id (a GUID), so only GUIDs are sent. Its
 * availability maps to an agent status; users Graph does not answer for are left out. The roster
 * asks on hot paths (routing, the public widget's availability), so answers are kept for a short
 * while per instance (`cacheMs`) and the composition gives it a short timeout and no retries.
 */
import { z } from 'zod';
import type { TeamsPresence } from '../domain/sessions/ports';
import type { AgentStatus } from '../domain/sessions/session';
import { GraphCaller, type GraphCallerOptions } from './graph-caller';

/** Graph's limit of ids in one getPresencesByUserId call. */
export const MAX_PRESENCE_IDS = 650;
/** How long one instance reuses an answer (presence is a hint; a status change shows within this). */
export const PRESENCE_CACHE_MS = 30_000;
/** The roster's per-call timeout: a slow Graph must not hold up routing or the widget. */
export const PRESENCE_TIMEOUT_MS = 3_000;
/** Answers kept at most (per instance); the oldest go first. */
const MAX_CACHED = 10_000;
/** An Entra object id. */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PresenceList = z.object({
  value: z.array(z.looseObject({ id: z.string(), availability: z.string().nullish() })),
});

/** Graph's `availability` → the agent status it counts as (I1). */
export function statusOfAvailability(availability: string | null | undefined): AgentStatus {
  switch (availability) {
    case 'Available':
    case 'AvailableIdle':
      return 'present';
    case 'Away':
    case 'BeRightBack':
      return 'away';
    case 'Busy':
    case 'BusyIdle':
    case 'DoNotDisturb':
      return 'busy';
    default:
      // Offline, PresenceUnknown and anything Graph adds later.
      return 'offline';
  }
}

export interface GraphPresenceOptions extends GraphCallerOptions {
  /** How long an answer is reused, in ms (0: never); default PRESENCE_CACHE_MS. */
  cacheMs?: number;
  /** The clock of the cache (tests). */
  now?: () => number;
}

export class GraphPresence implements TeamsPresence {
  private readonly graph: GraphCaller;
  private readonly cacheMs: number;
  private readonly now: () => number;
  /** `${tenantId}/${userId}` → the status (null: Graph did not answer for them) and until when it holds. */
  private readonly cache = new Map<string, { status: AgentStatus | null; until: number }>();

  constructor(options: GraphPresenceOptions) {
    const { cacheMs, now, ...graph } = options;
    this.graph = new GraphCaller(graph);
    this.cacheMs = cacheMs ?? PRESENCE_CACHE_MS;
    this.now = now ?? Date.now;
  }

  async of(tenantId: string, userIds: readonly string[]): Promise<Map<string, AgentStatus>> {
    const now = this.now();
    const statuses = new Map<string, AgentStatus>();
    const missing: string[] = [];
    for (const id of new Set(userIds)) {
      if (!OBJECT_ID.test(id)) continue;
      const cached = this.cache.get(`${tenantId}/${id}`);
      if (cached && cached.until > now) {
        if (cached.status) statuses.set(id, cached.status);
      } else {
        missing.push(id);
      }
    }
    for (let start = 0; start < missing.length; start += MAX_PRESENCE_IDS) {
      const batch = missing.slice(start, start + MAX_PRESENCE_IDS);
      const answer = await this.graph.sendFor(
        { tenantId, app: true },
        { method: 'POST', path: '/communications/getPresencesByUserId', route: 'POST /communications/getPresencesByUserId', body: { ids: batch } },
        PresenceList,
      );
      const answered = new Map<string, AgentStatus>();
      for (const presence of answer.value) answered.set(presence.id.toLowerCase(), statusOfAvailability(presence.availability));
      for (const id of batch) {
        const status = answered.get(id.toLowerCase()) ?? null;
        if (status) statuses.set(id, status);
        this.remember(`${tenantId}/${id}`, status, now);
      }
    }
    return statuses;
  }

  private remember(key: string, status: AgentStatus | null, now: number): void {
    if (this.cacheMs <= 0) return;
    this.cache.delete(key);
    this.cache.set(key, { status, until: now + this.cacheMs });
    // A Map iterates in insertion order: the first keys are the oldest.
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= MAX_CACHED) break;
      this.cache.delete(oldest);
    }
  }
}
