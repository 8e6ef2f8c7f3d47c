/**
 * Customer chat sessions (I1–I7): the SessionService with its repositories, the intake it makes
 * cases through (H1 chat channel), the chat site administration, the REST routes, and the sweeps
 * every instance runs (expire unanswered transfers, route queued sessions). The fan-out (events)
 * and the Teams side (teams, presence) come from their own compositions.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { DirectoryRepository } from './domain/access/directory-repository';
import type { ActingResolver, DelegationReader, ParkNotices } from './domain/delegation/ports';
import type { IntakePipeline } from './domain/intake/intake-pipeline';
import type { RecordService } from './domain/records/record-service';
import type { RecordTypeService } from './domain/records/record-type-service';
import { ChatSiteService } from './domain/sessions/chat-site-service';
import type { SessionEvents, SessionTeams, TeamsPresence } from './domain/sessions/ports';
import { ChatIntake } from './domain/sessions/session-intake';
import { SessionService } from './domain/sessions/session-service';
import type { SettingsService } from './domain/settings/settings-service';
import type { BlobStore } from './domain/shared/blob-store';
import { NotFoundError } from './domain/shared/errors';
import type { Clock } from './domain/shared/types';
import type { Route } from './http/route';
import { sessionRoutes } from './http/routes/sessions';
import type { Store } from './storage/cosmos/cosmos-store';

export interface SessionsDeps {
  config: Config;
  logger: Logger;
  store: Store;
  directory: DirectoryRepository;
  records: RecordService;
  recordTypes: RecordTypeService;
  settings: SettingsService;
  pipeline: IntakePipeline;
  blobs: BlobStore;
  clock: Clock;
  /** The fan-out (realtime/): without one, nobody connected hears of changes until they reload. */
  events?: SessionEvents | undefined;
  /** The Teams cards of transfers (teams/): without one, transfers are answered in the tab only. */
  teams?: SessionTeams | undefined;
  /** Teams presence as the default status (azure mode with PRESENCE_FROM_TEAMS). */
  presence?: TeamsPresence | undefined;
  /** J2: delegation's acting resolver and reader (a delegate takes and parks their delegator's sessions); absent: nobody acts for anyone. */
  acting?: ActingResolver | undefined;
  delegations?: DelegationReader | undefined;
  /** J6: the Teams "Pick up" card of parked sessions (teams/); absent: silent. */
  parkNotices?: ParkNotices | undefined;
}

export interface Sessions {
  api: SessionService;
  sites: ChatSiteService;
  routes: Route[];
  /** After the server listens: the demo site's origins (local mode), then the sweeps. */
  start(selfUrl: string): Promise<void>;
  /** Expires due transfers and routes queued sessions now, as the timer does (tests). */
  sweepNow(): Promise<{ expired: number; routed: number }>;
  stop(): Promise<void>;
}

const NO_EVENTS: SessionEvents = { publish: async () => undefined };
const NO_TEAMS: SessionTeams = { transferOffered: async () => [], transferDecided: async () => undefined, takenOver: async () => undefined };

export function createSessions(d: SessionsDeps): Sessions {
  const { config, store, clock } = d;
  const log = d.logger.child({ component: 'sessions' });
  const intake = new ChatIntake({
    pipeline: d.pipeline, records: d.records, recordStore: store.records, people: store.people, conversations: store.conversations, timeline: store.timeline,
    blobs: d.blobs, supportAddress: async (tenantId, recordType) => (await d.settings.effective(tenantId, recordType)).intake.supportAddress, clock, newId: randomUUID,
  });
  const api = new SessionService({
    sessions: store.sessions, statuses: store.agentStatus, sites: store.chatSites, directory: d.directory,
    events: d.events ?? NO_EVENTS, teams: d.teams ?? NO_TEAMS, intake,
    // Lookup only: a session never makes a person (P1-4).
    people: { findByEmail: async (tenantId, email) => { const p = await store.people.findPersonByEmail(tenantId, email); return p ? { id: p.id, name: p.name } : null; } },
    presence: config.chat.presenceFromTeams ? d.presence : undefined,
    acting: d.acting, delegations: d.delegations, parkNotices: d.parkNotices,
    audit: store.audit, timeline: store.timeline, clock, newId: randomUUID, transferTimeoutMs: config.chat.transferTimeoutSeconds * 1000,
    // Ids only: never a visitor's text, name or address in the log.
    failed: (step, error, context) => log.warn({ err: error, step, ...context }, 'a session step after the change failed'),
  });
  const sites = new ChatSiteService({
    sites: store.chatSites, directory: d.directory, audit: store.audit, clock,
    recordTypeExists: async (tenantId, type) => {
      try {
        await d.recordTypes.get(tenantId, type);
        return true;
      } catch (error) {
        if (error instanceof NotFoundError) return false;
        throw error;
      }
    },
  });
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  const sweepNow = async () => ({ expired: await api.expireTransfers(), routed: await api.routeQueued() });
  const tick = () => {
    if (running) return;
    running = sweepNow()
      .catch((error: unknown) => log.error({ err: error }, 'session sweep failed'))
      .finally(() => { running = null; });
  };
  return {
    api,
    sites,
    routes: sessionRoutes({ sessions: api, sites, directory: d.directory, newId: randomUUID }),
    async start(selfUrl) {
      if (config.mode === 'local' && config.seedDemoData) {
        const port = new URL(selfUrl).port;
        // Loaded lazily, like all of sandbox/: production never loads it.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const seed: typeof import('./sandbox/seed') = require('./sandbox/seed');
        await seed.seedDemoChatSite(store.chatSites, [config.publicUrl, `http://127.0.0.1:${port}`, `http://localhost:${port}`]);
      }
      tick();
      timer = setInterval(tick, config.chat.sweepIntervalMs);
      timer.unref();
    },
    sweepNow,
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
