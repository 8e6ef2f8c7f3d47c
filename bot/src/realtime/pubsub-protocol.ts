/**
 * Azure Web PubSub's JSON client subprotocol (`json.webpubsub.azure.v1`), the part Casebridge
 * speaks: a client joins and leaves groups and sends to them, each request with an `ackId` the
 * service answers; group messages arrive as `{type:'message', from:'group', …}`. The embedded hub
 * (local mode) serves exactly this, and HubClient speaks it to either.
 */
import { z } from 'zod';

export const PUBSUB_SUBPROTOCOL = 'json.webpubsub.azure.v1';

/** Roles a client token may carry (the plain ones allow every group; `….<group>` one group). */
export const JOIN_LEAVE_ROLE = 'webpubsub.joinLeaveGroup';
export const SEND_TO_GROUP_ROLE = 'webpubsub.sendToGroup';

/** Azure: group names are at most 1024 characters. */
const group = z.string().min(1).max(1024);
const ackId = z.number().int().min(0).optional();
const dataType = z.enum(['json', 'text', 'binary', 'protobuf']);

/** What a client sends. */
export const PubSubClientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('joinGroup'), group, ackId }),
  z.object({ type: z.literal('leaveGroup'), group, ackId }),
  z.object({ type: z.literal('sendToGroup'), group, ackId, noEcho: z.boolean().optional(), dataType, data: z.unknown() }),
  z.object({ type: z.literal('event'), event: z.string().min(1), ackId, dataType, data: z.unknown() }),
  z.object({ type: z.literal('sequenceAck'), sequenceId: z.number().int() }),
]);
export type PubSubClientMessage = z.infer<typeof PubSubClientMessage>;

export type AckErrorName = 'Forbidden' | 'InternalServerError' | 'Duplicate' | 'BadRequest';

/** What the service sends (extra fields Azure may add are kept). */
export const PubSubServerMessage = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('ack'),
    ackId: z.number().int(),
    success: z.boolean(),
    error: z.looseObject({ name: z.string(), message: z.string().optional() }).optional(),
  }),
  z.looseObject({
    type: z.literal('message'),
    from: z.enum(['group', 'server']),
    group: z.string().optional(),
    fromUserId: z.string().nullable().optional(),
    dataType,
    data: z.unknown(),
  }),
  z.looseObject({
    type: z.literal('system'),
    event: z.enum(['connected', 'disconnected']),
    connectionId: z.string().optional(),
    userId: z.string().nullable().optional(),
    message: z.string().optional(),
  }),
]);
export type PubSubServerMessage = z.infer<typeof PubSubServerMessage>;

/** The group message frame as the service sends it. */
export function groupMessage(groupName: string, data: unknown, type: z.infer<typeof dataType>, fromUserId: string | null): PubSubServerMessage {
  return { type: 'message', from: 'group', group: groupName, fromUserId, dataType: type, data };
}
