/**
 * SessionEvents on the hub: each event goes to the group of its session (entries, typing, state)
 * or of its agent (their list changed), reaching every instance with a socket for it. What comes
 * back from the hub is checked with `HubEvent` before an edge uses it.
 */
import { z } from 'zod';
import { SessionEntrySchema, type SessionEntry } from '../domain/sessions/session';
import type { SessionEvent, SessionEvents } from '../domain/sessions/ports';
import { agentGroup, sessionGroup, type Hub } from './hub';

/** A stored entry as it travels through the hub. */
export const EntrySchema: z.ZodType<SessionEntry> = SessionEntrySchema;

/** A SessionEvent received from the hub. */
export const HubEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('entry'), tenantId: z.string(), sessionId: z.string(), entry: EntrySchema }),
  z.object({ type: z.literal('typing'), tenantId: z.string(), sessionId: z.string(), who: z.enum(['customer', 'agent']), name: z.string().nullable() }),
  z.object({ type: z.literal('state'), tenantId: z.string(), sessionId: z.string(), status: z.enum(['queued', 'active', 'closed']), agentId: z.string().nullable(), transferId: z.string().nullable() }),
  z.object({ type: z.literal('agent'), tenantId: z.string(), userId: z.string() }),
]);

/** The event, or null when the data is not one (a message of a newer version, or junk). */
export function parseHubEvent(data: unknown): SessionEvent | null {
  const parsed = HubEvent.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The group an event is published to. */
export function groupOf(event: SessionEvent): string {
  return event.type === 'agent' ? agentGroup(event.tenantId, event.userId) : sessionGroup(event.tenantId, event.sessionId);
}

export class HubSessionEvents implements SessionEvents {
  constructor(private readonly hub: Hub) {}

  async publish(event: SessionEvent): Promise<void> {
    await this.hub.publish(groupOf(event), event);
  }
}
