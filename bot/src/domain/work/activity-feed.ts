/**
 * The activity-feed side of H3: a Teams activity-feed notification that opens the case. The Graph
 * adapter (graph/graph-activity-feed.ts) sends it as the app (`sendActivityNotification`).
 */

/** The manifest's `activities.activityTypes[].type` of each event (templates localized there). */
export const ACTIVITY_TYPES = { assigned: 'caseAssigned', transferred: 'caseTransferred', customerReplied: 'customerReplied' } as const;

export type ActivityType = (typeof ACTIVITY_TYPES)[keyof typeof ACTIVITY_TYPES];

export interface ActivityNotification {
  tenantId: string;
  /** The Entra object id of the person told. */
  userId: string;
  /** What the notification is about, and where clicking it goes (the tab's deep link to the case). */
  topic: { text: string; webUrl: string };
  activityType: ActivityType;
  /** The line under the template (the case's title, a customer's first words). */
  previewText: string;
  /** The template's parameters: `assigner`, `customer`, `caseNumber`. */
  templateParameters: Record<string, string>;
}

export interface ActivityFeed {
  send(notification: ActivityNotification): Promise<void>;
}
