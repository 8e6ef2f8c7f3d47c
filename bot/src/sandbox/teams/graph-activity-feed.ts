/**
 * Graph v1.0 `POST /users/{id}/teamwork/sendActivityNotification`, as Teams takes it: the body
 * checked against the documented shape (a `text` topic needs a `webUrl` deep link), the recipient
 * a user of the caller's tenant (every person has the app in the sandbox), 204 on success. The
 * notification lands in the person's activity feed, which the page shows in their view and
 * `GET /sandbox/api/activity?userId=` returns.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import { z } from 'zod';
import type { SandboxCore } from './core';
import { callerOf, GRAPH_PREFIX, type ValidateToken } from './graph-common';
import { badRequest, handle, param, queryOf, readBody, SandboxError, sendEmpty, sendJson } from './http';
import type { ActivityFeedItem } from './model';

/** The feed keeps the newest of these per sandbox. */
const MAX_FEED_ITEMS = 500;

const NotificationBody = z
  .object({
    topic: z.object({ source: z.enum(['entityUrl', 'text']), value: z.string().min(1), webUrl: z.string().optional() }).strict(),
    activityType: z.string().min(1).max(64),
    chainId: z.number().int().optional(),
    previewText: z.object({ content: z.string().max(150) }).strict(),
    teamsAppId: z.string().optional(),
    templateParameters: z.array(z.object({ name: z.string().min(1), value: z.string() }).strict()).max(20).optional(),
  })
  .strict();

export function mountGraphActivityFeed(server: Server, core: SandboxCore, validate: ValidateToken): void {
  server.post(`${GRAPH_PREFIX}/users/:userId/teamwork/sendActivityNotification`, handle(core.logger, true, async (req, res) => {
    const actor = await callerOf(req, validate, core.botId);
    const body = await readBody(req, NotificationBody);
    if (body.topic.source === 'text' && !body.topic.webUrl) throw badRequest('topic.webUrl is required when the topic source is text.');
    if (body.topic.webUrl && !/^https:\/\/teams\.microsoft\.com\/l\//.test(body.topic.webUrl)) throw badRequest('topic.webUrl must be a Teams deep link.');
    const userId = param(req, 'userId');
    const user = await core.directory.getUser(actor.tenantId, userId);
    if (!user) throw new SandboxError(404, 'NotFound', `User not found: ${userId}`);
    const item: ActivityFeedItem = {
      id: randomUUID(), tenantId: actor.tenantId, userId, activityType: body.activityType, topic: body.topic,
      previewText: body.previewText.content,
      templateParameters: Object.fromEntries((body.templateParameters ?? []).map((p) => [p.name, p.value])),
      fromUserId: actor.userId, createdDateTime: core.clock().toISOString(),
    };
    const feed = core.store.data.activityFeed ?? [];
    feed.push(item);
    core.store.data.activityFeed = feed.slice(-MAX_FEED_ITEMS);
    core.store.changed();
    sendEmpty(res, 204);
  }));

  server.get('/sandbox/api/activity', handle(core.logger, false, async (req, res) => {
    const userId = queryOf(req).get('userId');
    const items = (core.store.data.activityFeed ?? []).filter((i) => !userId || i.userId === userId);
    sendJson(res, 200, { items });
  }));
}

/** One person's feed, newest first, for the page. */
export function activityFeedOf(core: SandboxCore, tenantId: string | undefined, userId: string | undefined): ActivityFeedItem[] {
  if (!userId) return [];
  return (core.store.data.activityFeed ?? []).filter((i) => i.userId === userId && (!tenantId || i.tenantId === tenantId)).reverse();
}
