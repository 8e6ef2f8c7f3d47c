/**
 * The parts of Microsoft Graph v1.0 responses Casebridge reads, validated with zod. Unknown
 * properties are dropped; a missing or mistyped property we rely on is a malformed response.
 * Graph's open enums (chatType, membershipType) are read as strings: a value added later is
 * skipped by the mapping, not a failure.
 */
import { z } from 'zod';

/** A chat (`GET /chats/{id}`, `POST /chats`, items of `GET /me/chats`). */
export const GraphChatSchema = z.object({
  id: z.string().min(1),
  chatType: z.string(),
  topic: z.string().nullish(),
  lastUpdatedDateTime: z.string().min(1),
  webUrl: z.string().nullish(),
});

/** A conversation member; only `aadUserConversationMember` items carry `userId`. */
export const GraphConversationMemberSchema = z.object({
  '@odata.type': z.string().optional(),
  userId: z.string().nullish(),
  displayName: z.string().nullish(),
  email: z.string().nullish(),
});

/** An item of `GET /me/joinedTeams`. */
export const GraphTeamSchema = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
});

/** A channel (`GET /teams/{id}/channels` items, `POST /teams/{id}/channels`). */
export const GraphChannelSchema = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
  membershipType: z.string().nullish(),
  webUrl: z.string().nullish(),
});

/** A page of a collection: `value` and, when there is more, `@odata.nextLink`. */
export function graphPageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    value: z.array(item),
    '@odata.nextLink': z.string().optional(),
  });
}

/** Graph's error body: `{ "error": { "code", "message" } }`. */
export const GraphErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().optional(),
  }),
});
