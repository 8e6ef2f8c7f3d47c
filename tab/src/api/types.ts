/** The shapes of the Casebridge REST API as the tab sees them (see SPEC A, B). */

export type Depth = 'own' | 'team' | 'tenant';

export const RECORD_STATUSES = ['new', 'active', 'waiting', 'resolved', 'closed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const RECORD_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type RecordPriority = (typeof RECORD_PRIORITIES)[number];

/** `GET /api/config`: how the service runs and how the tab signs in. */
export interface ClientConfig {
  mode: 'local' | 'azure';
  ssoClientId: string | null;
  initiateLoginEndpoint: string | null;
  publicUrl: string;
}

/** One demo user of `GET /dev/users` (local mode only). */
export interface DevUser {
  id: string;
  tenantId: string;
  tenantName: string;
  displayName: string;
  email: string;
  roleNames: string[];
  teamNames: string[];
}

export interface DevToken {
  token: string;
  expiresAt: string;
}

export interface Privileges {
  read: Depth | null;
  write: Depth | null;
  assign: Depth | null;
  disconnectChat: Depth | null;
  listen: Depth | null;
}

/** `GET /api/me`. */
export interface Me {
  user: { id: string; tenantId: string; displayName: string; email: string; locale: string };
  tenant: { id: string; name: string };
  roles: { id: string; name: string }[];
  isAdmin: boolean;
  privileges: Partial<Record<string, Privileges>>;
}

export type FieldKind = 'text' | 'longtext' | 'choice' | 'user' | 'team' | 'person' | 'date' | 'number';

export interface RecordTypeField {
  name: string;
  label: string;
  kind: FieldKind;
  restricted: boolean;
}

export interface RecordType {
  id: string;
  name: string;
  pluralName: string;
  prefix: string;
  builtIn: boolean;
  fields: RecordTypeField[];
}

export interface Page<T> {
  items: T[];
  continuation: string | null;
}

export type CustomFieldValue = string | number | boolean | null;

/** A service record. Fields the caller may not read are absent (A3). */
export interface ServiceRecord {
  id: string;
  type: string;
  number: string;
  title: string;
  description?: string;
  status: RecordStatus;
  /** Absent when the caller may not read the priority (field-level security, A3). */
  priority?: RecordPriority;
  owner?: { id: string; displayName: string } | null;
  owningTeam?: { id: string; name: string } | null;
  person?: {
    id: string;
    name: string;
    email: string | null;
    company: { id: string; name: string } | null;
  } | null;
  customFields?: Partial<Record<string, CustomFieldValue>>;
  createdAt: string;
  updatedAt: string;
  etag: string;
  url: string;
  canWrite: boolean;
}

/** One user of `GET /api/users`: someone in the caller's tenant a record can be assigned to. */
export interface DirectoryUser {
  id: string;
  displayName: string;
  email: string;
  teamIds: string[];
}

/** One team of `GET /api/teams`: a team that can own records. */
export interface Team {
  id: string;
  name: string;
}

/** A person (A2): a customer contact, optionally at a company. */
export interface Person {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: { id: string; name: string } | null;
}

/** `GET /api/companies/{id}`: the company, its people, and their cases the caller may read (A2). */
export interface CompanyDetail {
  id: string;
  name: string;
  people: Person[];
  cases: ServiceRecord[];
}

/** The body of `PATCH /api/records/{id}`: any subset of the editable fields. */
export interface RecordPatch {
  title?: string;
  description?: string;
  status?: RecordStatus;
  priority?: RecordPriority;
  ownerId?: string | null;
  owningTeamId?: string | null;
}

export interface RecordQuery {
  q?: string;
  type?: string;
  status?: RecordStatus;
  ownerId?: string;
  limit?: number;
  continuation?: string;
}

export const SUGGESTED_CONTACT_RULES = [
  'owner',
  'owningTeam',
  'timelineActivity',
  'sameCustomer',
  'similarCases',
] as const;
export type SuggestedContactRule = (typeof SUGGESTED_CONTACT_RULES)[number];

/** Admin settings of one record type (SPEC B1–B7). */
export interface Settings {
  teamsChat: boolean;
  joinChat: boolean;
  autoNameChats: boolean;
  introMessage: { enabled: boolean; fields: string[] };
  disconnect: { lastConnectorMay: boolean };
  suggestedContacts: Record<SuggestedContactRule, boolean>;
  timelineChatEntries: boolean;
  /** E6: keep the text of connected chats' messages, for `retentionDays`. */
  transcript: { enabled: boolean; retentionDays: number };
}

/** A partial Settings body; the service deep-merges it. */
export interface SettingsPatch {
  teamsChat?: boolean;
  joinChat?: boolean;
  autoNameChats?: boolean;
  introMessage?: Partial<Settings['introMessage']>;
  disconnect?: Partial<Settings['disconnect']>;
  suggestedContacts?: Partial<Settings['suggestedContacts']>;
  timelineChatEntries?: boolean;
  transcript?: Partial<Settings['transcript']>;
}

export interface SettingsDocument {
  type: string;
  settings: Settings;
  etag: string;
}

/** One settings change (B8). */
export interface SettingsAuditEntry {
  id: string;
  at: string;
  actor: { id: string; displayName: string };
  path: string;
  oldValue: unknown;
  newValue: unknown;
}

/** The most intro-message fields a type may have (B4). */
export const MAX_INTRO_FIELDS = 5;

/** Why the chat actions of a record are not offered (C1). */
export type ChatRefusal = 'teamsChatOff' | 'cannotWriteRecord';

/** Which condition of D1 keeps the user from joining a connected chat. */
export const JOIN_REFUSALS = ['chatNotConnected', 'joinChatOff', 'noWriteAccess'] as const;
export type JoinRefusal = (typeof JOIN_REFUSALS)[number];

/** A chat or channel connected to a record (C1 section 1, C7). */
export interface ChatConnection {
  chatId: string;
  kind: 'chat' | 'channel';
  name: string | null;
  connectedBy: { id: string; displayName: string };
  connectedAt: string;
  /** Whether the caller is in the chat; null when Teams could not tell. */
  isMember: boolean | null;
  canDisconnect: boolean;
  /** Why the caller may not join it (D1); empty = may join. */
  joinRefusals: JoinRefusal[];
  /** Where "Open in Teams" goes (a Teams deep link; the sandbox's chat page in local mode); null when not known. */
  openUrl: string | null;
  /** Its members; null when not known (a channel, or a chat the caller is not in). */
  members: { id: string; displayName: string }[] | null;
  /** The newest message the app has seen there; null when none yet. */
  lastActivity: string | null;
}

/** `POST /api/records/{id}/chats/{chatId}/join` (D2). */
export interface JoinResult {
  alreadyMember: boolean;
}

/** `GET /api/records/{id}/chats`. */
export interface ChatPanelData {
  refusal: ChatRefusal | null;
  connected: ChatConnection[];
}

/** A record another chat of the user is connected to. */
export interface RecordRef {
  id: string;
  type: string;
  number: string;
  title: string;
}

/** `GET /api/records/{id}/chats/others` (C1 section 3). */
export interface OtherChats {
  connectedElsewhere: { chatId: string; name: string | null; lastUpdated: string; openUrl: string | null; records: RecordRef[] }[];
  recent: { chatId: string; name: string | null; chatType: string; lastUpdated: string; openUrl: string | null }[];
}

/** The body of `POST /api/records/{id}/chats`: name absent = named per B3, null = after the participants. */
export interface NewChatRequest {
  memberIds: string[];
  name?: string | null;
}

/** What a refused one-to-one chat offers instead (C3): a new connected chat with these people. */
export interface NewChatOffer {
  action: 'newConnectedChat';
  memberIds: string[];
}

/** A Teams team the user is in (`GET /api/me/teams`). */
export interface MyTeam {
  id: string;
  displayName: string;
}

/** A channel of a team (`GET /api/me/teams/{teamId}/channels`). */
export interface TeamChannel {
  id: string;
  teamId: string;
  displayName: string;
  membershipType: 'standard' | 'private' | 'shared';
  webUrl: string | null;
}

/** The body of `POST /api/records/{id}/channels`: an existing channel, or a new one. */
export type ChannelRequest = { teamId: string; channelId: string } | { teamId: string; newChannelName: string | null };

// ---- Timeline (E1–E5) ----

/** The chat entries of the timeline (shown only where the type has them on, B7). */
export const CHAT_TIMELINE_KINDS = ['chatConnected', 'chatDisconnected', 'participantsAdded', 'memberJoined', 'lastMessage'] as const;
/** The record events of the timeline. */
export const RECORD_TIMELINE_KINDS = ['recordCreated', 'recordAssigned', 'statusChanged', 'recordClosed', 'recordReopened'] as const;
export const TIMELINE_KINDS = [...CHAT_TIMELINE_KINDS, ...RECORD_TIMELINE_KINDS] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One entry of `GET /api/records/{id}/timeline`. */
export interface TimelineEntry {
  id: string;
  kind: TimelineKind;
  at: string;
  actor: { id: string; displayName: string } | null;
  chatId: string | null;
  chatName: string | null;
  /** The people a participantsAdded entry added; the new owner of a recordAssigned entry. */
  userIds: string[];
  /** Status entries: the status before and after. */
  fromStatus?: string | null;
  toStatus?: string | null;
  /** Who first connected the entry's chat, and when (E4). */
  connected: { by: { id: string; displayName: string }; at: string } | null;
  /** Where "Open in Teams" goes for the entry's chat or channel; null when not known. */
  openUrl: string | null;
  /** A last message's opening words where the record type keeps transcripts (E6); else null. */
  text: string | null;
}

/** One kept message of `GET /api/records/{id}/chats/{chatId}/transcript` (E6), oldest first. */
export interface TranscriptMessage {
  messageId: string;
  fromUserId: string | null;
  fromName: string;
  text: string;
  at: string;
  editedAt: string | null;
}

export interface TimelineQuery {
  kinds?: readonly TimelineKind[];
  continuation?: string;
  limit?: number;
}

/** `GET /api/settings/{type}/intro-preview` (B4): the card, drawn for a real record when there is one. */
export interface IntroPreview {
  card: { [key: string]: unknown };
  recordNumber: string | null;
}
