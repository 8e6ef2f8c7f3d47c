/**
 * Fan-out across instances: every Casebridge instance is a client of one hub (Azure Web PubSub in
 * Azure, the embedded hub in local mode, both spoken to with the `json.webpubsub.azure.v1`
 * subprotocol) and joins the groups of the sessions and agents it has sockets for. A customer on
 * one instance and their agent on another reach each other through it. Nothing is only here:
 * entries are stored first and numbered, so a lost fan-out message is repaired by the next one.
 */
export interface Hub {
  /** Sends to every instance that joined the group (this one too, once). */
  publish(group: string, data: unknown): Promise<void>;
  /** Joins the group (once per instance, counted) and calls `handler` for each message; returns the leave. */
  subscribe(group: string, handler: (data: unknown) => void): () => void;
  close(): Promise<void>;
}

/** The group of one session's events. */
export const sessionGroup = (tenantId: string, sessionId: string): string => `s.${tenantId}.${sessionId}`;
/** The group of one agent's list of sessions. */
export const agentGroup = (tenantId: string, userId: string): string => `a.${tenantId}.${userId}`;
