/** What the session service is built from (constructor injection; the composition root fills it). */
import type { DirectoryRepository } from '../access/directory-repository';
import type { ActingResolver, DelegationReader, ParkNotices } from '../delegation/ports';
import type { AuditRepository } from '../settings/settings-repository';
import type { Clock } from '../shared/types';
import type { TimelineRepository } from '../timeline/timeline';
import type { AgentStatusRepository, ChatSiteRepository, SessionEvents, SessionIntake, SessionPeople, SessionRepository, SessionTeams, TeamsPresence } from './ports';

export interface SessionServiceDeps {
  sessions: SessionRepository;
  statuses: AgentStatusRepository;
  sites: ChatSiteRepository;
  directory: DirectoryRepository;
  events: SessionEvents;
  teams: SessionTeams;
  intake: SessionIntake;
  /** I1 in Azure with PRESENCE_FROM_TEAMS: agents who set no status of their own take their Teams presence. */
  presence?: TeamsPresence | undefined;
  /** Looks a verified visitor up by e-mail (start sets `personId`); absent: never matched at start. */
  people?: SessionPeople | undefined;
  /** J2: who acts when a delegate takes or parks a session; absent: nobody acts for anyone (NO_DELEGATION). */
  acting?: ActingResolver | undefined;
  /** J2: a delegate's delegators (their "Delegated to me" list, reading their sessions); absent: none. */
  delegations?: DelegationReader | undefined;
  /** J6: the Teams card with "Pick up" to the delegator, redrawn after the pick-up; absent: silent. */
  parkNotices?: ParkNotices | undefined;
  audit: AuditRepository;
  timeline: TimelineRepository;
  clock: Clock;
  newId: () => string;
  /** CHAT_TRANSFER_TIMEOUT_SECONDS in ms. */
  transferTimeoutMs: number;
  /** A best-effort step failed after the change was stored (events, Teams, audit, timeline): logged, never undone. */
  failed: (step: string, error: unknown, context: { tenantId: string; sessionId?: string | undefined }) => void;
}
