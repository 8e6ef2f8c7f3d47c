/**
 * The Teams sandbox's state: chats (group, one-on-one, the bot's personal chats), teams with their
 * channels, and every message in them. One zod schema describes it, so the file written to the
 * data directory is validated when it is read back.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** The member added with this start sees the whole history (Graph's convention). */
export const ALL_HISTORY = '0001-01-01T00:00:00Z';

const IsoDate = z.string().min(1);

export const RscPermissionSchema = z.object({
  permissionValue: z.string().min(1),
  permissionType: z.enum(['Delegated', 'Application']),
});
export type RscPermission = z.infer<typeof RscPermissionSchema>;

export const MemberSchema = z.object({
  membershipId: z.string(),
  userId: z.string(),
  roles: z.array(z.string()),
  /** ALL_HISTORY, or the first moment whose messages this member sees. */
  visibleHistoryStartDateTime: IsoDate,
  joinedDateTime: IsoDate,
});
export type Member = z.infer<typeof MemberSchema>;

export const AttachmentSchema = z.object({
  id: z.string(),
  contentType: z.string(),
  content: z.unknown().optional(),
  contentUrl: z.string().optional(),
  name: z.string().optional(),
  thumbnailUrl: z.string().optional(),
  /** Adaptive Card Universal Actions: the card one user sees after their own Action.Execute. */
  userViews: z.record(z.string(), z.unknown()).optional(),
  /** On a person's message: the link of the app's domain this card unfurled (composeExtension/queryLink). */
  unfurledUrl: z.string().optional(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const EventSchema = z.object({
  type: z.enum(['membersAdded', 'appInstalled', 'topicUpdated']),
  /** Who did it: a user id, or null when the app did (application permissions). */
  initiatorUserId: z.string().nullable(),
  userIds: z.array(z.string()).optional(),
  topic: z.string().nullable().optional(),
  historyFrom: IsoDate.optional(),
});
export type SystemEvent = z.infer<typeof EventSchema>;

export const MessageSchema = z.object({
  id: z.string(),
  kind: z.enum(['user', 'bot', 'system']),
  /** The author for user messages; null for bot and system messages. */
  fromUserId: z.string().nullable(),
  text: z.string(),
  textFormat: z.string(),
  attachments: z.array(AttachmentSchema),
  entities: z.array(z.unknown()).optional(),
  summary: z.string().optional(),
  replyToId: z.string().nullable(),
  createdDateTime: IsoDate,
  lastModifiedDateTime: IsoDate,
  lastEditedDateTime: IsoDate.nullable(),
  deletedDateTime: IsoDate.nullable(),
  event: EventSchema.optional(),
});
export type Message = z.infer<typeof MessageSchema>;

export const InstallationSchema = z.object({
  id: z.string(),
  teamsAppId: z.string(),
  permissions: z.array(RscPermissionSchema),
  installedBy: z.string(),
  installedDateTime: IsoDate,
});
export type Installation = z.infer<typeof InstallationSchema>;

export const ChatSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  /** `personal` is a user's one-on-one chat with the bot (created through the connector). */
  kind: z.enum(['group', 'oneOnOne', 'personal']),
  topic: z.string().nullable(),
  createdDateTime: IsoDate,
  lastUpdatedDateTime: IsoDate,
  members: z.array(MemberSchema),
  messages: z.array(MessageSchema),
  installedApps: z.array(InstallationSchema),
});
export type Chat = z.infer<typeof ChatSchema>;

export const ChannelSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  description: z.string().nullable(),
  membershipType: z.enum(['standard', 'private', 'shared']),
  createdDateTime: IsoDate,
  /** Private channels list their own members; the others have the team's. */
  memberIds: z.array(z.string()).nullable(),
  messages: z.array(MessageSchema),
});
export type Channel = z.infer<typeof ChannelSchema>;

export const TeamSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  displayName: z.string(),
  description: z.string().nullable(),
  memberIds: z.array(z.string()),
  channels: z.array(ChannelSchema),
});
export type Team = z.infer<typeof TeamSchema>;

/** A Teams activity-feed notification a person got (Graph `sendActivityNotification`). */
export const ActivityFeedItemSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  userId: z.string(),
  activityType: z.string(),
  topic: z.object({ source: z.enum(['entityUrl', 'text']), value: z.string(), webUrl: z.string().optional() }),
  previewText: z.string(),
  templateParameters: z.record(z.string(), z.string()),
  /** The sender: a user id, or null for the app itself. */
  fromUserId: z.string().nullable(),
  createdDateTime: IsoDate,
});
export type ActivityFeedItem = z.infer<typeof ActivityFeedItemSchema>;

/** Graph's presence availabilities (`getPresencesByUserId`). */
export const AVAILABILITIES = ['Available', 'AvailableIdle', 'Away', 'BeRightBack', 'Busy', 'BusyIdle', 'DoNotDisturb', 'Offline', 'PresenceUnknown'] as const;

/** A person's Teams presence, as set through the sandbox's API (everyone else is Offline). */
export const PresenceSchema = z.object({
  tenantId: z.string(),
  userId: z.string(),
  availability: z.enum(AVAILABILITIES),
  activity: z.string(),
});
export type Presence = z.infer<typeof PresenceSchema>;

export const StateSchema = z.object({
  version: z.literal(1),
  lastMessageId: z.number().int().nonnegative(),
  chats: z.array(ChatSchema),
  teams: z.array(TeamSchema),
  /** Activity-feed notifications, newest last (absent in files written before they existed). */
  activityFeed: z.array(ActivityFeedItemSchema).optional(),
  /** Teams presence per person (absent in files written before it existed). */
  presence: z.array(PresenceSchema).optional(),
});
export type SandboxState = z.infer<typeof StateSchema>;

/** A conversation the connector can post to: a chat, or a channel (optionally a thread in it). */
export type Conversation =
  | { kind: 'chat'; chat: Chat }
  | { kind: 'channel'; team: Team; channel: Channel; threadId: string | null };

/** Chat ids look like Teams': `19:<32 hex>@thread.v2`. */
export const newChatId = (): string => `19:${randomUUID().replace(/-/g, '')}@thread.v2`;
export const newChannelId = (): string => `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`;
/** A one-on-one chat's id is derived from its two members, so creating it twice finds the same chat. */
export const oneOnOneChatId = (a: string, b: string): string => `19:${[a, b].sort().join('_')}@unq.gbl.spaces`;
/** Opaque membership ids, like Graph's. */
export const membershipIdOf = (chatId: string, userId: string): string => Buffer.from(`0#${chatId}##${userId}`).toString('base64');

/** A member sees a message created at or after their visible-history start. */
export function isVisibleTo(member: Member, message: Message): boolean {
  if (member.visibleHistoryStartDateTime === ALL_HISTORY) return true;
  return Date.parse(message.createdDateTime) >= Date.parse(member.visibleHistoryStartDateTime);
}

/** The newest message that is not deleted, if any. */
export function lastMessageOf(messages: readonly Message[]): Message | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m && m.deletedDateTime === null && m.kind !== 'system') return m;
  }
  return undefined;
}
