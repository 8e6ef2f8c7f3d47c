/**
 * Graph v1.0 `POST /communications/getPresencesByUserId` (I1, PRESENCE_FROM_TEAMS), as Teams
 * answers it: at most 650 ids per call (more is a 400), `{ value: [{ id, availability, activity }] }`
 * for the users of the caller's tenant (unknown ids are left out), Offline for anyone whose
 * presence was never set. Tests and the demo set a person's presence with
 * `PUT /sandbox/api/presence/{userId}` `{ availability, activity? }` and read them back with
 * `GET /sandbox/api/presence`. An id that is not an object id (a GUID) fails the whole call with
 * 400, as Graph does.
 */
import type { Server } from 'restify';
import { z } from 'zod';
import type { SandboxCore } from './core';
import { callerOf, contextUrl, GRAPH_PREFIX, type ValidateToken } from './graph-common';
import { badRequest, handle, notFound, param, readBody, sendJson } from './http';
import { AVAILABILITIES, type Presence } from './model';

/** Graph's limit of ids in one call. */
const MAX_IDS = 650;
/** An Entra object id (Graph answers 400 for the whole call when one id is not). */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PresenceQuery = z.object({ ids: z.array(z.string().min(1).max(128)).min(1) }).strict();
const SetPresence = z.object({ availability: z.enum(AVAILABILITIES), activity: z.string().min(1).max(64).optional() }).strict();

export function mountGraphPresence(server: Server, core: SandboxCore, validate: ValidateToken): void {
  server.post(`${GRAPH_PREFIX}/communications/getPresencesByUserId`, handle(core.logger, true, async (req, res) => {
    const actor = await callerOf(req, validate, core.botId);
    const body = await readBody(req, PresenceQuery);
    if (body.ids.length > MAX_IDS) throw badRequest(`The number of ids must not exceed ${MAX_IDS}.`);
    // Like Graph: one id that is not an object id refuses the whole call.
    const bad = body.ids.find((id) => !OBJECT_ID.test(id));
    if (bad !== undefined) throw badRequest(`Invalid id: '${bad.slice(0, 64)}' is not a valid user object id.`);
    const users = await core.directory.getUsers(actor.tenantId, [...new Set(body.ids)]);
    const set = core.store.data.presence ?? [];
    const value = users.map((user) => {
      const presence = set.find((p) => p.tenantId === actor.tenantId && p.userId === user.id);
      return { id: user.id, availability: presence?.availability ?? 'Offline', activity: presence?.activity ?? 'Offline' };
    });
    sendJson(res, 200, { '@odata.context': contextUrl(core, 'Collection(presence)'), value });
  }));

  server.put('/sandbox/api/presence/:userId', handle(core.logger, false, async (req, res) => {
    const userId = param(req, 'userId');
    const body = await readBody(req, SetPresence);
    const user = (await core.directory.listAllUsers()).find((u) => u.id === userId);
    if (!user) throw notFound(`User not found: ${userId}`);
    const presence: Presence = { tenantId: user.tenantId, userId, availability: body.availability, activity: body.activity ?? body.availability };
    core.store.data.presence = [...(core.store.data.presence ?? []).filter((p) => !(p.tenantId === user.tenantId && p.userId === userId)), presence];
    core.store.changed();
    sendJson(res, 200, presence);
  }));

  server.get('/sandbox/api/presence', handle(core.logger, false, async (_req, res) => {
    sendJson(res, 200, { items: core.store.data.presence ?? [] });
  }));
}
