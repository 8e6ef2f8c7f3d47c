/**
 * I1 with PRESENCE_FROM_TEAMS: the Graph presence adapter against the local Teams sandbox's
 * `POST /communications/getPresencesByUserId` (on the real server), with presence set per person
 * through the sandbox's API: Graph's availabilities map to agent statuses, more than 650 ids go in
 * batches (the sandbox, like Graph, refuses a bigger call), unknown and foreign users are left out,
 * ids that are not object ids are never sent (Graph refuses the whole call for one), answers are
 * reused for a short while; and the roster of a server with PRESENCE_FROM_TEAMS asks Graph only about
 * agents whose tab is open and who never chose a status.
 */
import { randomUUID } from 'node:crypto';
import { TeamsCallError } from '../../bot/src/domain/chats/teams-port';
import { GraphPresence, MAX_PRESENCE_IDS, PRESENCE_CACHE_MS, statusOfAvailability } from '../../bot/src/graph/graph-presence';
import type { TeamsPresence } from '../../bot/src/domain/sessions/ports';
import { SessionService } from '../../bot/src/domain/sessions/session-service';
import { MemoryAuditRepository, MemoryDirectoryRepository, MemoryTimelineRepository } from '../../bot/src/storage/memory/memory-repositories';
import { MemoryAgentStatusRepository, MemoryChatSiteRepository, MemorySessionRepository } from '../../bot/src/storage/memory/memory-sessions';
import { AGENT, callerOf, site } from '../fixtures/sessions-data';
import type { GraphTokenProvider } from '../../bot/src/graph/graph-tokens';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { call, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';

let server: TestServer;
let token: string;
let presence: GraphPresence;

beforeAll(async () => {
  server = await startServer({ env: { RATE_LIMIT_DEV_TOKEN_PER_MINUTE: '1000' } });
  token = await tokenFor(server.baseUrl, 'Lars Andersen');
  presence = new GraphPresence({ baseUrl: `${server.baseUrl}/sandbox/graph/v1.0`, tokens: appTokens(), retry: { maxRetries: 0 }, cacheMs: 0 });
}, 120_000);

afterAll(async () => {
  await server?.stop();
}, 60_000);

/** The sandbox takes any of its dev tokens as Graph's bearer token; presence is read as the app, never on a user's behalf. */
const appTokens = (): GraphTokenProvider => ({
  forUser: async () => { throw new Error('presence is read as the app, not on behalf of a user'); },
  forApp: async () => token,
});

const setPresence = (userId: string, availability: string) => call(server.baseUrl, 'PUT', `/sandbox/api/presence/${userId}`, { body: { availability } });

test.each([
  ['Available', 'present'], ['AvailableIdle', 'present'],
  ['Away', 'away'], ['BeRightBack', 'away'],
  ['Busy', 'busy'], ['BusyIdle', 'busy'], ['DoNotDisturb', 'busy'],
  ['Offline', 'offline'], ['PresenceUnknown', 'offline'], ['SomethingNew', 'offline'], [null, 'offline'],
] as const)('availability %s counts as %s', (availability, status) => {
  expect(statusOfAvailability(availability)).toBe(status);
});

test('each person\'s Teams presence, as the sandbox was told, mapped to a status', async () => {
  const set: Array<[string, string]> = [
    [DEMO_USERS.mads, 'Available'], [DEMO_USERS.sofie, 'BeRightBack'], [DEMO_USERS.lars, 'DoNotDisturb'],
    [DEMO_USERS.erik, 'BusyIdle'], [DEMO_USERS.ingrid, 'AvailableIdle'], [DEMO_USERS.karin, 'Away'],
  ];
  for (const [userId, availability] of set) expect((await setPresence(userId, availability)).status).toBe(200);
  const found = await presence.of(CONTOSO, [DEMO_USERS.mads, DEMO_USERS.sofie, DEMO_USERS.lars, DEMO_USERS.erik, DEMO_USERS.ingrid, DEMO_USERS.karin, DEMO_USERS.oskar]);
  expect(Object.fromEntries(found)).toEqual({
    [DEMO_USERS.mads]: 'present', [DEMO_USERS.sofie]: 'away', [DEMO_USERS.lars]: 'busy', [DEMO_USERS.erik]: 'busy',
    [DEMO_USERS.ingrid]: 'present', [DEMO_USERS.karin]: 'away',
    [DEMO_USERS.oskar]: 'offline', // never set: Teams says Offline
  });
  // Without a cache a change is seen at the next call.
  await setPresence(DEMO_USERS.mads, 'Offline');
  expect((await presence.of(CONTOSO, [DEMO_USERS.mads])).get(DEMO_USERS.mads)).toBe('offline');
  await setPresence(DEMO_USERS.mads, 'Busy');
  expect((await presence.of(CONTOSO, [DEMO_USERS.mads])).get(DEMO_USERS.mads)).toBe('busy');
});

test('more than 650 ids go in batches; unknown, foreign and malformed ids are left out', async () => {
  await setPresence(DEMO_USERS.astrid, 'Available');
  const unknown = Array.from({ length: 1400 }, () => randomUUID());
  // Astrid last, in the third batch.
  const ids = [...unknown, DEMO_USERS.nora, 'not an id/../x', DEMO_USERS.astrid];
  const found = await presence.of(CONTOSO, ids);
  expect(Object.fromEntries(found)).toEqual({ [DEMO_USERS.astrid]: 'present' });
  // Graph (and the sandbox) refuse a bigger call: the adapter must have split it.
  const raw = await call(server.baseUrl, 'POST', '/sandbox/graph/v1.0/communications/getPresencesByUserId', { token, body: { ids: unknown.slice(0, MAX_PRESENCE_IDS + 1) } });
  expect(raw.status).toBe(400);
  expect(await presence.of(CONTOSO, [])).toEqual(new Map());
});

test('an answer is reused for PRESENCE_CACHE_MS per instance (one Graph call for many routings), then asked again', async () => {
  let now = 1_000_000;
  const cached = new GraphPresence({ baseUrl: `${server.baseUrl}/sandbox/graph/v1.0`, tokens: appTokens(), retry: { maxRetries: 0 }, now: () => now });
  await setPresence(DEMO_USERS.sofie, 'Available');
  expect((await cached.of(CONTOSO, [DEMO_USERS.sofie])).get(DEMO_USERS.sofie)).toBe('present');
  await setPresence(DEMO_USERS.sofie, 'Away');
  now += PRESENCE_CACHE_MS - 1;
  expect((await cached.of(CONTOSO, [DEMO_USERS.sofie])).get(DEMO_USERS.sofie)).toBe('present');
  now += 2;
  expect((await cached.of(CONTOSO, [DEMO_USERS.sofie])).get(DEMO_USERS.sofie)).toBe('away');
});

test('an id that is not an object id is not sent: the sandbox, like Graph, refuses the whole call for one', async () => {
  await setPresence(DEMO_USERS.astrid, 'Available');
  const raw = await call(server.baseUrl, 'POST', '/sandbox/graph/v1.0/communications/getPresencesByUserId', { token, body: { ids: [DEMO_USERS.astrid, 'mads'] } });
  expect(raw.status).toBe(400);
  expect(Object.fromEntries(await presence.of(CONTOSO, [DEMO_USERS.astrid, 'mads', 'a1']))).toEqual({ [DEMO_USERS.astrid]: 'present' });
});

test('the roster asks Teams only about agents whose tab is open and who never chose a status, and uses the answer', async () => {
  const ids = { open: randomUUID(), chose: randomUUID(), closed: randomUUID(), never: randomUUID() };
  const directory = new MemoryDirectoryRepository();
  await directory.putRole(AGENT);
  const who = Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, callerOf(id, [AGENT])]));
  for (const c of Object.values(who)) await directory.putUser(c.user);
  const sites = new MemoryChatSiteRepository();
  await sites.put(site());
  const asked: string[][] = [];
  const teams: TeamsPresence = { of: async (_tenant, userIds) => { asked.push([...userIds]); return new Map(userIds.map((id) => [id, 'busy' as const])); } };
  let now = Date.parse('2026-03-02T10:00:00.000Z');
  const service = new SessionService({
    sessions: new MemorySessionRepository(), statuses: new MemoryAgentStatusRepository(), sites, directory,
    events: { publish: async () => undefined },
    teams: { transferOffered: async () => [], transferDecided: async () => undefined, takenOver: async () => undefined },
    intake: { leaveMessage: async () => ({ recordId: 'r', number: 'CAS-1' }), makeCase: async () => ({ recordId: 'r', number: 'CAS-2' }) },
    presence: teams, audit: new MemoryAuditRepository(), timeline: new MemoryTimelineRepository(),
    clock: () => new Date(now), newId: () => randomUUID(), transferTimeoutMs: 120_000, failed: () => undefined,
  });
  const caller = (k: keyof typeof ids) => who[k] ?? callerOf(ids[k], [AGENT]);
  await service.heartbeat(caller('closed'));
  now += 61_000;
  await service.heartbeat(caller('open'));
  await service.setStatus(caller('chose'), 'present');
  asked.length = 0;
  const statuses = Object.fromEntries((await service.agents(caller('open'), {})).map((a) => [a.userId, a.status]));
  expect(asked).toEqual([[ids.open]]);
  expect(statuses).toEqual({ [ids.open]: 'busy', [ids.chose]: 'present', [ids.closed]: 'offline', [ids.never]: 'offline' });
});

test('the sandbox endpoint: a token is required; bad presence settings are refused', async () => {
  const anonymous = await call(server.baseUrl, 'POST', '/sandbox/graph/v1.0/communications/getPresencesByUserId', { body: { ids: [DEMO_USERS.mads] } });
  expect(anonymous.status).toBe(401);
  const badPresence = new GraphPresence({ baseUrl: `${server.baseUrl}/sandbox/graph/v1.0`, tokens: { forUser: async () => 'x', forApp: async () => 'not-a-token' }, retry: { maxRetries: 0 } });
  await expect(badPresence.of(CONTOSO, [DEMO_USERS.mads])).rejects.toBeInstanceOf(TeamsCallError);
  expect((await setPresence(DEMO_USERS.mads, 'Sleeping')).status).toBe(400);
  expect((await setPresence(randomUUID(), 'Available')).status).toBe(404);
  const listed = await call(server.baseUrl, 'GET', '/sandbox/api/presence');
  expect(JSON.stringify(listed.body)).toContain(DEMO_USERS.sofie);
});
