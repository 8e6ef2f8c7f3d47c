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
  /**
   * Resolves once the hub has confirmed this instance's membership of a subscribed group (at once
   * for the embedded hub; after the join's ack from Azure, at most a few seconds), or at once while
   * the hub is unreachable (the rejoin follows the reconnect). Never rejects. A reader subscribes,
   * awaits this, then reads the store: nothing published meanwhile is missed.
   */
  joined(group: string): Promise<void>;
  /**
   * Calls `handler` whenever messages of the group may have been missed: the hub confirmed the
   * group's join on a (re)connection, after an outage in which nothing reached this instance. The
   * handler re-reads the store (entries after its last seq, the current state). Returns the removal.
   */
  onResync(group: string, handler: () => void): () => void;
  /** Message and resync handlers registered now (tests, diagnostics). */
  readonly subscriberCount: number;
  close(): Promise<void>;
}

/** The group of one session's events. */
export const sessionGroup = (tenantId: string, sessionId: string): string => `s.${tenantId}.${sessionId}`;
/** The group of one agent's list of sessions. */
export const agentGroup = (tenantId: string, userId: string): string => `a.${tenantId}.${userId}`;
