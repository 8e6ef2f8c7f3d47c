/**
 * H3: Teams activity-feed notifications through Microsoft Graph
 * (`POST /users/{id}/teamwork/sendActivityNotification`), sent as the app: application permission
 * `TeamsActivity.Send`, the app installed for the user, and the manifest's `webApplicationInfo.id`
 * the Entra app whose token is used. The topic is free text with a Teams deep link (`source: text`).
 */
import type { ActivityFeed, ActivityNotification } from '../domain/work/activity-feed';
import { TeamsCallError } from '../domain/chats/teams-port';
import { GraphCaller, type GraphCallerOptions } from './graph-caller';

/** Graph's limits: preview text at most 150 characters; a topic text is kept short likewise. */
const MAX_PREVIEW = 150;
const MAX_TOPIC = 150;
const USER_ID = /^[A-Za-z0-9@._-]+$/;

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export class GraphActivityFeed implements ActivityFeed {
  private readonly graph: GraphCaller;

  constructor(options: GraphCallerOptions) {
    this.graph = new GraphCaller(options);
  }

  async send(notification: ActivityNotification): Promise<void> {
    if (!USER_ID.test(notification.userId)) throw new TeamsCallError(400, 'invalidUserId', 'A user id is not an Entra object id');
    const body = {
      topic: { source: 'text', value: clip(notification.topic.text, MAX_TOPIC), webUrl: notification.topic.webUrl },
      activityType: notification.activityType,
      previewText: { content: clip(notification.previewText, MAX_PREVIEW) },
      templateParameters: Object.entries(notification.templateParameters).map(([name, value]) => ({ name, value })),
    };
    await this.graph.send(
      { tenantId: notification.tenantId, app: true },
      { method: 'POST', path: `/users/${encodeURIComponent(notification.userId)}/teamwork/sendActivityNotification`, route: 'POST /users/{id}/teamwork/sendActivityNotification', body },
    );
  }
}
