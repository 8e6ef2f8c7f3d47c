/**
 * The parts of Microsoft Graph v1.0 responses Casebridge reads, validated with zod, one schema per
 * use. Liberal in what we accept: only a field Casebridge actually uses is required; a documented
 * field it does not use never fails an operation Teams has completed (a created chat without
 * `lastUpdatedDateTime` is still a created chat). Optional fields of the wrong type read as absent.
 * Unknown properties are dropped. Graph's open enums (chatType, membershipType) are read as
 * strings: a value added later is skipped by the mapping, not a failure.
 */
import { z } from 'zod';

/** An optional string that never fails a parse: absent, null or of another type reads as null. */
const optionalString = z.string().nullish().catch(null);

/** The answer to `POST /chats`: only the new chat's `id` is needed. */
export const GraphCreatedChatSchema = z.object({
  id: z.string().min(1),
  topic: optionalString,
  webUrl: optionalString,
});

/** `GET /chats/{id}`: its type decides what may be done with it; the id is the one asked for. */
export const GraphChatSchema = z.object({
  id: optionalString,
  chatType: z.string().min(1),
  topic: optionalString,
  webUrl: optionalString,
  /** Only with `$expand=members`. */
  members: z.array(z.object({ userId: optionalString, displayName: optionalString, email: optionalString })).optional(),
});

/** An item of `GET /me/chats`: the list shows when each chat last changed. A missing type is an unknown one. */
export const GraphRecentChatSchema = z.object({
  id: z.string().min(1),
  chatType: optionalString,
  topic: optionalString,
  lastUpdatedDateTime: z.string().min(1),
  webUrl: optionalString,
});

/** A conversation member; only `aadUserConversationMember` items carry `userId`. */
export const GraphConversationMemberSchema = z.object({
  userId: optionalString,
  displayName: optionalString,
  email: optionalString,
});

/** An item of `GET /me/joinedTeams`. */
export const GraphTeamSchema = z.object({
  id: z.string().min(1),
  displayName: optionalString,
});

/** A channel (`GET /teams/{id}/channels` items, `POST /teams/{id}/channels`). */
export const GraphChannelSchema = z.object({
  id: z.string().min(1),
  displayName: optionalString,
  membershipType: optionalString,
  webUrl: optionalString,
});

/** A page of a collection: `value` and, when there is more, `@odata.nextLink`. */
export function graphPageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    value: z.array(item),
    '@odata.nextLink': optionalString,
  });
}

/** Graph's error body: `{ "error": { "code", "message" } }`. */
export const GraphErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: optionalString,
  }),
});
