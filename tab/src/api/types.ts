/**
 * The shapes of the Casebridge REST API as the tab sees them (see SPEC A, B): named aliases into
 * ./openapi.ts, which is generated from the service's OpenAPI document (`npm run api-types`), so
 * they cannot drift from the zod schemas that serve requests.
 */
import type { paths } from './openapi';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type ResponsesOf<P extends keyof paths, M extends Method> = Operation<P, M> extends { responses: infer R } ? R : never;

/** The JSON body of the `S` answer of `M P`, e.g. `ResponseBody<'/api/records/{id}', 'get'>`. */
export type ResponseBody<P extends keyof paths, M extends Method, S extends number = 200> =
  ResponsesOf<P, M> extends Record<S, { content: { 'application/json': infer B } }> ? B : never;

/** The JSON request body of `M P`. */
export type RequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** An RFC 9457 problem as the service sends it (the 400 of any validated route has the common shape). */
export type ProblemBody = ResponsesOf<'/api/records/{id}', 'get'> extends Record<400, { content: { 'application/problem+json': infer B } }> ? B : never;

/** The items of a `{ items }` answer. */
type ItemOf<T> = T extends { items: readonly (infer I)[] } ? I : never;

/**
 * A constant list of every value of a string union, checked both ways: no value outside the
 * union, and none of the union left out.
 */
function allOf<T extends string>() {
  return <const A extends readonly T[]>(...values: A & ([T] extends [A[number]] ? unknown : never)): A => values;
}

/** `GET /api/config`: how the service runs and how the tab signs in. */
export type ClientConfig = ResponseBody<'/api/config', 'get'>;

/** One demo user of `GET /dev/users` (local mode only). */
export type DevUser = ResponseBody<'/dev/users', 'get'>['users'][number];

export type DevToken = ResponseBody<'/dev/token', 'post'>;

/** `GET /api/me`. */
export type Me = ResponseBody<'/api/me', 'get'>;

export type Privileges = NonNullable<Me['privileges'][string]>;

export type Depth = NonNullable<Privileges['read']>;

export type RecordType = ItemOf<ResponseBody<'/api/record-types', 'get'>>;
export type RecordTypeField = RecordType['fields'][number];
export type FieldKind = RecordTypeField['kind'];

export interface Page<T> {
  items: T[];
  continuation: string | null;
}

/** A service record. Fields the caller may not read are absent (A3). */
export type ServiceRecord = ResponseBody<'/api/records/{id}', 'get'>;

export type RecordStatus = ServiceRecord['status'];
export const RECORD_STATUSES = allOf<RecordStatus>()('new', 'active', 'waiting', 'resolved', 'closed');

export type RecordPriority = NonNullable<ServiceRecord['priority']>;
export const RECORD_PRIORITIES = allOf<RecordPriority>()('low', 'normal', 'high', 'urgent');

export type CustomFieldValue = ServiceRecord['customFields'][string];

/** One user of `GET /api/users`: someone in the caller's tenant a record can be assigned to. */
export type DirectoryUser = ItemOf<ResponseBody<'/api/users', 'get'>>;

/** One team of `GET /api/teams`: a team that can own records. */
export type Team = ItemOf<ResponseBody<'/api/teams', 'get'>>;

/** A person (A2): a customer contact, optionally at a company. */
export type Person = ResponseBody<'/api/people/{id}', 'get'>;

/** `GET /api/companies/{id}`: the company, its people, and their cases the caller may read (A2). */
export type CompanyDetail = ResponseBody<'/api/companies/{id}', 'get'>;

/** The body of `PATCH /api/records/{id}`: any subset of the editable fields. */
export type RecordPatch = RequestBody<'/api/records/{id}', 'patch'>;

/** The query of `GET /api/records`. */
export type RecordQuery = NonNullable<Operation<'/api/records', 'get'>['parameters']['query']>;

/** `GET /api/settings/{type}`. */
export type SettingsDocument = ResponseBody<'/api/settings/{type}', 'get'>;

/** Admin settings of one record type (SPEC B1–B7). */
export type Settings = SettingsDocument['settings'];

/** A partial Settings body; the service deep-merges it. */
export type SettingsPatch = RequestBody<'/api/settings/{type}', 'patch'>;

export type SuggestedContactRule = keyof Settings['suggestedContacts'];
export const SUGGESTED_CONTACT_RULES = allOf<SuggestedContactRule>()('owner', 'owningTeam', 'timelineActivity', 'sameCustomer', 'similarCases');

/** `GET /api/chat-languages` (admins): the tenant's default chat language and each team's (K1). */
export type ChatLanguages = ResponseBody<'/api/chat-languages', 'get'>;

/** A chat language; null on a team: the tenant's default; on the tenant: English. */
export type ChatLanguage = ChatLanguages['tenant']['language'];

export type ChatLanguagesPatch = RequestBody<'/api/chat-languages', 'patch'>;

/** One settings change (B8). */
export type SettingsAuditEntry = ItemOf<ResponseBody<'/api/settings/{type}/audit', 'get'>>;

/** The most intro-message fields a type may have (B4). */
export const MAX_INTRO_FIELDS = 5;

/** `GET /api/records/{id}/chats`. */
export type ChatPanelData = ResponseBody<'/api/records/{id}/chats', 'get'>;

/** Why the chat actions of a record are not offered (C1). */
export type ChatRefusal = NonNullable<ChatPanelData['refusal']>;

/** A chat or channel connected to a record (C1 section 1, C7). */
export type ChatConnection = ChatPanelData['connected'][number];

/** Which condition of D1 keeps the user from joining a connected chat. */
export type JoinRefusal = ChatConnection['joinRefusals'][number];
export const JOIN_REFUSALS = allOf<JoinRefusal>()('chatNotConnected', 'joinChatOff', 'noWriteAccess');

/** `POST /api/records/{id}/chats/{chatId}/join` (D2). */
export type JoinResult = ResponseBody<'/api/records/{id}/chats/{chatId}/join', 'post'>;

/** `GET /api/records/{id}/chats/others` (C1 section 3). */
export type OtherChats = ResponseBody<'/api/records/{id}/chats/others', 'get'>;

/** A record another chat of the user is connected to. */
export type RecordRef = OtherChats['connectedElsewhere'][number]['records'][number];

/** The body of `POST /api/records/{id}/chats`: name absent = named per B3, null = after the participants. */
export type NewChatRequest = RequestBody<'/api/records/{id}/chats', 'post'>;

/** What a refused one-to-one chat offers instead (C3): a new connected chat with these people. */
export type NewChatOffer = NonNullable<ProblemBody['offer']>;

/** A Teams team the user is in (`GET /api/me/teams`). */
export type MyTeam = ItemOf<ResponseBody<'/api/me/teams', 'get'>>;

/** A channel of a team (`GET /api/me/teams/{teamId}/channels`). */
export type TeamChannel = ItemOf<ResponseBody<'/api/me/teams/{teamId}/channels', 'get'>>;

/** The body of `POST /api/records/{id}/channels`: an existing channel, or a new one. */
export type ChannelRequest = RequestBody<'/api/records/{id}/channels', 'post'>;

// ---- Timeline (E1–E5) ----

/** One entry of `GET /api/records/{id}/timeline`. */
export type TimelineEntry = ItemOf<ResponseBody<'/api/records/{id}/timeline', 'get'>>;
export type TimelineKind = TimelineEntry['kind'];

/** The chat entries of the timeline (shown only where the type has them on, B7). */
export const CHAT_TIMELINE_KINDS = ['chatConnected', 'chatDisconnected', 'participantsAdded', 'memberJoined', 'lastMessage'] as const satisfies readonly TimelineKind[];
/** The record events of the timeline. */
export const RECORD_TIMELINE_KINDS = ['recordCreated', 'recordAssigned', 'recordAccepted', 'recordTransferred', 'statusChanged', 'recordPostponed', 'recordClosed', 'recordReopened', 'caseSplit', 'recordParked', 'recordPickedUp'] as const satisfies readonly TimelineKind[];
/** The message entries of the timeline (H1): mail or form received, reply sent, internal note, a linked case. */
export const MESSAGE_TIMELINE_KINDS = ['messageReceived', 'replySent', 'noteAdded', 'messageForwarded', 'messageEdited', 'caseLinked'] as const satisfies readonly TimelineKind[];
/** A customer chat session's events (I2), once the session has this case. */
export const SESSION_TIMELINE_KINDS = ['chatSession'] as const satisfies readonly TimelineKind[];
/** J5: the reader's own private notes (only ever in their author's timeline). */
export const PRIVATE_TIMELINE_KINDS = ['privateNote'] as const satisfies readonly TimelineKind[];
export const TIMELINE_KINDS = allOf<TimelineKind>()(...CHAT_TIMELINE_KINDS, ...RECORD_TIMELINE_KINDS, ...MESSAGE_TIMELINE_KINDS, ...SESSION_TIMELINE_KINDS, ...PRIVATE_TIMELINE_KINDS);

/** One kept message of `GET /api/records/{id}/chats/{chatId}/transcript` (E6), oldest first. */
export type TranscriptMessage = ItemOf<ResponseBody<'/api/records/{id}/chats/{chatId}/transcript', 'get'>>;

/** What the tab asks of the timeline; `kinds` goes over the wire comma-separated. */
export interface TimelineQuery {
  kinds?: readonly TimelineKind[];
  continuation?: string;
  limit?: number;
  /** J4: `include` answers the entries you hid too, marked `hidden`. */
  hidden?: 'include' | 'exclude';
}

/** `GET /api/settings/{type}/intro-preview` (B4): the card, drawn for a real record when there is one. */
export type IntroPreview = ResponseBody<'/api/settings/{type}/intro-preview', 'get'>;

// ---- Conversations and intake (H1, H4) ----

/** One conversation of `GET /api/records/{id}/conversations`, its messages oldest first. */
export type Conversation = ItemOf<ResponseBody<'/api/records/{id}/conversations', 'get'>>;
export type ConversationMessage = Conversation['messages'][number];
export type ConversationChannel = Conversation['channel'];
export const CONVERSATION_CHANNELS = allOf<ConversationChannel>()('email', 'webform', 'phone', 'chat');
export type MessageAttachment = ConversationMessage['attachments'][number];
export type AutomaticKind = NonNullable<ConversationMessage['automatic']>;
export type DeliveryState = NonNullable<ConversationMessage['delivery']>['state'];

/** The body of `POST /api/intake/phone`: a known person by id, or a caller to find or create. */
export type PhoneCallRequest = RequestBody<'/api/intake/phone', 'post'>;

/** A person of `GET /api/people?q=` (a caller to pick). */
export type PersonMatch = ItemOf<ResponseBody<'/api/people', 'get'>>;

/** H1 settings of a record type: support address, acknowledgement, replies to closed records. */
export type IntakeSettings = Settings['intake'];
export type AckLanguage = keyof IntakeSettings['acknowledgement']['templates'];
export const ACK_LANGUAGES = allOf<AckLanguage>()('en', 'da', 'sv');
export type AckTemplate = NonNullable<IntakeSettings['acknowledgement']['templates'][AckLanguage]>;
export type ReplyToClosedAction = IntakeSettings['replyToClosed']['action'];
