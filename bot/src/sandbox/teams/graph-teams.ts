/**
 * Graph v1.0 team endpoints: the caller's joined teams, a team's channels (filterable by
 * membershipType or displayName), and creating a channel with Teams' naming rules.
 */
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Actor, SandboxCore } from './core';
import { callerOf, contextUrl, GRAPH_PREFIX, MemberBody, requireUser, toNewMember, type ValidateToken } from './graph-common';
import { graphChannel, graphTeam } from './graph-shapes';
import { badRequest, forbidden, handle, notFound, param, queryOf, readBody, sendJson } from './http';
import { newChannelId, type Channel, type Team } from './model';
import { applySelect, parseFilter } from './odata';

const CreateChannelBody = z
  .object({
    '@odata.type': z.string().regex(/^#microsoft\.graph\.channel$/i).optional(),
    displayName: z.string().min(1),
    description: z.string().nullable().optional(),
    membershipType: z.enum(['standard', 'private', 'shared']).optional(),
    members: z.array(MemberBody).optional(),
  })
  .strict();

/** Teams' channel name rules: at most 50 characters, none of ~#%&*{}+/\:<>?|'", no leading _ or ., no trailing . */
function checkChannelName(team: Team, name: string): void {
  if (name.length > 50) throw badRequest('The channel name must be at most 50 characters.');
  if (/[~#%&*{}+/\\:<>?|'"]/.test(name) || /^[_.]/.test(name) || name.endsWith('.')) throw badRequest('The channel name contains characters that are not allowed.');
  if (team.channels.some((c) => c.displayName.toLowerCase() === name.toLowerCase())) throw badRequest('Channel name already existed, please use other name.');
}

/** A team of the caller's tenant; a person must be a member of it. */
function teamFor(core: SandboxCore, actor: Actor, teamId: string): Team {
  const team = core.store.team(teamId);
  if (!team || team.tenantId !== actor.tenantId) throw notFound(`Team not found: ${teamId}`);
  if (actor.userId !== null && !team.memberIds.includes(actor.userId)) throw forbidden('The caller is not a member of the team.');
  return team;
}

const canSee = (actor: Actor, channel: Channel): boolean => actor.userId === null || channel.memberIds === null || channel.memberIds.includes(actor.userId);

/** Mounts the team and channel endpoints under /sandbox/graph/v1.0. */
export function mountGraphTeams(server: Server, core: SandboxCore, validate: ValidateToken): void {
  const P = GRAPH_PREFIX;
  const route = (fn: (actor: Actor, req: Request, res: Response) => Promise<void>) =>
    handle(core.logger, true, async (req, res) => fn(await callerOf(req, validate, core.botId), req, res));

  const joinedTeams = (actor: Actor, res: Response): void => {
    const userId = requireUser(actor);
    const teams = core.store.data.teams.filter((t) => t.tenantId === actor.tenantId && t.memberIds.includes(userId));
    sendJson(res, 200, { '@odata.context': contextUrl(core, 'teams'), '@odata.count': teams.length, value: teams.map(graphTeam) });
  };
  server.get(`${P}/me/joinedTeams`, route(async (actor, _req, res) => joinedTeams(actor, res)));
  server.get(`${P}/users/:userId/joinedTeams`, route(async (actor, req, res) => {
    if (param(req, 'userId') !== actor.userId) throw forbidden('Delegated callers can only list their own teams.');
    joinedTeams(actor, res);
  }));

  server.get(`${P}/teams/:teamId/channels`, route(async (actor, req, res) => {
    const team = teamFor(core, actor, param(req, 'teamId'));
    const q = queryOf(req);
    const clauses = parseFilter(q.get('$filter'), { eq: ['membershiptype', 'displayname'] });
    const channels = team.channels
      .filter((c) => canSee(actor, c))
      .filter((c) => clauses.every((cl) => (cl.property === 'membershiptype' ? c.membershipType : c.displayName) === cl.value));
    const value = channels.map((c) => applySelect(graphChannel(team, c, core.pageUrl()), q.get('$select')));
    sendJson(res, 200, { '@odata.context': contextUrl(core, `teams('${team.id}')/channels`), '@odata.count': value.length, value });
  }));

  server.post(`${P}/teams/:teamId/channels`, route(async (actor, req, res) => {
    const team = teamFor(core, actor, param(req, 'teamId'));
    const body = await readBody(req, CreateChannelBody);
    const name = body.displayName.trim();
    checkChannelName(team, name);
    const membershipType = body.membershipType ?? 'standard';
    let memberIds: string[] | null = null;
    if (membershipType !== 'standard') {
      const listed = await Promise.all((body.members ?? []).map(async (m) => (await toNewMember(core, team.tenantId, m)).userId));
      memberIds = [...new Set([...(actor.userId ? [actor.userId] : []), ...listed])];
      if (memberIds.length === 0) throw badRequest('A private or shared channel needs an owner among its members.');
      if (memberIds.some((id) => !team.memberIds.includes(id))) throw badRequest('Channel members must be members of the team.');
    }
    const channel: Channel = {
      id: newChannelId(), displayName: name, description: body.description ?? null, membershipType,
      createdDateTime: core.clock().toISOString(), memberIds, messages: [],
    };
    team.channels.push(channel);
    core.store.changed();
    sendJson(res, 201, { '@odata.context': contextUrl(core, `teams('${team.id}')/channels/$entity`), ...graphChannel(team, channel, core.pageUrl()) }, {
      location: `/teams('${team.id}')/channels('${channel.id}')`,
    });
  }));
}
