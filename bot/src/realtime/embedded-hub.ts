/**
 * Local mode's hub: the Web PubSub client protocol (`json.webpubsub.azure.v1`) served on
 * Casebridge's own port at `/client/hubs/{hub}`, so a second local instance is a client of the
 * first exactly as every instance is a client of Azure Web PubSub. Tokens are checked as Azure
 * checks them (hub-token.ts); groups, sendToGroup (with noEcho) and acks behave as Azure's.
 *
 * The instance running it is a member without a socket: `local` is its Hub.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { Hub } from './hub';
import { allows, hubAudiences, verifyHubToken, type HubTokenClaims } from './hub-token';
import { LocalSubscribers } from './local-subscribers';
import { groupMessage, JOIN_LEAVE_ROLE, PUBSUB_SUBPROTOCOL, PubSubClientMessage, SEND_TO_GROUP_ROLE, type AckErrorName, type PubSubServerMessage } from './pubsub-protocol';
import { refuseUpgrade } from './upgrade-reply';
import { WebSocket, WebSocketServer } from './ws';

/** Ack ids a connection may not reuse; the oldest are forgotten beyond this many. */
const ACK_IDS_KEPT = 10_000;
/** Groups one connection may be in. */
const MAX_GROUPS_PER_CONNECTION = 100_000;

interface Connection {
  id: string;
  socket: WebSocket;
  claims: HubTokenClaims;
  groups: Set<string>;
  ackIds: Set<number>;
  alive: boolean;
}

export interface EmbeddedHubOptions {
  hub: string;
  accessKey: string;
  logger: Logger;
  /** The largest frame a client may send. */
  maxPayloadBytes?: number;
  /** How often connections are pinged; one that did not answer the last ping is dropped. */
  pingIntervalMs?: number;
}

export class EmbeddedHub {
  private readonly server: WebSocketServer;
  private readonly groups = new Map<string, Set<Connection>>();
  private readonly connections = new Set<Connection>();
  private readonly subscribers: LocalSubscribers;
  private readonly pinger: NodeJS.Timeout;
  /** This instance as a member of the hub. */
  readonly local: Hub;

  constructor(private readonly options: EmbeddedHubOptions) {
    this.subscribers = new LocalSubscribers(options.logger);
    this.server = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxPayloadBytes ?? 1024 * 1024,
      handleProtocols: (protocols) => (protocols.has(PUBSUB_SUBPROTOCOL) ? PUBSUB_SUBPROTOCOL : false),
    });
    this.pinger = setInterval(() => this.pingAll(), options.pingIntervalMs ?? 30_000);
    this.pinger.unref();
    const subscribers = this.subscribers;
    this.local = {
      publish: async (group, data) => {
        subscribers.deliver(group, data);
        this.fanOut(group, data, 'json', null, null);
      },
      subscribe: (group, handler) => {
        subscribers.add(group, handler);
        return () => void subscribers.remove(group, handler);
      },
      joined: async () => undefined,
      // In-process: this member is never away from the hub, so it never misses a message.
      onResync: () => () => undefined,
      get subscriberCount() {
        return subscribers.count;
      },
      close: async () => undefined,
    };
  }

  /** The path clients connect to. */
  get path(): string {
    return `/client/hubs/${this.options.hub}`;
  }

  /** Connections open now (tests, diagnostics). */
  get connectionCount(): number {
    return this.connections.size;
  }

  /** Takes an upgrade request for `path`: 401 without a valid token, else a connection. */
  async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://hub');
    // Only clients of the json.webpubsub.azure.v1 subprotocol: groups, acks and sendToGroup need it.
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((one) => one.trim());
    if (!offered.includes(PUBSUB_SUBPROTOCOL)) {
      refuseUpgrade(socket, 400, `The ${PUBSUB_SUBPROTOCOL} subprotocol is required`);
      return;
    }
    const token = url.searchParams.get('access_token') ?? bearer(req.headers.authorization);
    let claims: HubTokenClaims;
    try {
      if (!token) throw new Error('no access token');
      claims = await verifyHubToken(token, this.options.accessKey, hubAudiences(req.headers.host ?? '', this.options.hub));
    } catch {
      refuseUpgrade(socket, 401, 'Unauthorized');
      return;
    }
    this.server.handleUpgrade(req, socket, head, (ws) => this.accept(ws, claims));
  }

  private accept(socket: WebSocket, claims: HubTokenClaims): void {
    const connection: Connection = { id: randomUUID(), socket, claims, groups: new Set(), ackIds: new Set(), alive: true };
    this.connections.add(connection);
    for (const group of claims.groups) this.join(connection, group);
    socket.on('pong', () => (connection.alive = true));
    socket.on('error', () => socket.terminate());
    socket.on('close', () => this.drop(connection));
    socket.on('message', (raw, isBinary) => {
      if (isBinary) return this.disconnect(connection, 1003, 'binary frames are not supported');
      let parsed: PubSubClientMessage;
      try {
        parsed = PubSubClientMessage.parse(JSON.parse(raw.toString()));
      } catch {
        return this.disconnect(connection, 1008, 'invalid message');
      }
      this.handle(connection, parsed);
    });
    this.send(connection, { type: 'system', event: 'connected', connectionId: connection.id, userId: claims.userId });
  }

  private handle(connection: Connection, message: PubSubClientMessage): void {
    if (message.type === 'sequenceAck') return;
    const ackId = message.ackId;
    if (ackId !== undefined) {
      if (connection.ackIds.has(ackId)) return this.ack(connection, ackId, 'Duplicate', 'The ackId was used before.');
      connection.ackIds.add(ackId);
      if (connection.ackIds.size > ACK_IDS_KEPT) {
        const oldest = connection.ackIds.values().next().value;
        if (oldest !== undefined) connection.ackIds.delete(oldest);
      }
    }
    const roles = connection.claims.roles;
    switch (message.type) {
      case 'joinGroup':
        if (!allows(roles, JOIN_LEAVE_ROLE, message.group)) return this.ack(connection, ackId, 'Forbidden', 'The connection may not join this group.');
        if (connection.groups.size >= MAX_GROUPS_PER_CONNECTION) return this.ack(connection, ackId, 'BadRequest', 'Too many groups.');
        this.join(connection, message.group);
        return this.ack(connection, ackId);
      case 'leaveGroup':
        if (!allows(roles, JOIN_LEAVE_ROLE, message.group)) return this.ack(connection, ackId, 'Forbidden', 'The connection may not leave this group.');
        this.leave(connection, message.group);
        return this.ack(connection, ackId);
      case 'sendToGroup': {
        if (!allows(roles, SEND_TO_GROUP_ROLE, message.group)) return this.ack(connection, ackId, 'Forbidden', 'The connection may not send to this group.');
        const data: unknown = message.data;
        this.fanOut(message.group, data, message.dataType, message.noEcho === true ? connection : null, connection.claims.userId);
        this.subscribers.deliver(message.group, data);
        return this.ack(connection, ackId);
      }
      case 'event':
        // Casebridge registers no upstream event handler, as an Azure hub without one.
        return this.ack(connection, ackId, 'BadRequest', 'No event handler is configured.');
    }
  }

  private fanOut(group: string, data: unknown, dataType: 'json' | 'text' | 'binary' | 'protobuf', except: Connection | null, fromUserId: string | null): void {
    const members = this.groups.get(group);
    if (!members) return;
    const frame = JSON.stringify(groupMessage(group, data, dataType, fromUserId));
    for (const member of members) {
      if (member !== except && member.socket.readyState === WebSocket.OPEN) member.socket.send(frame);
    }
  }

  private join(connection: Connection, group: string): void {
    connection.groups.add(group);
    const members = this.groups.get(group) ?? new Set<Connection>();
    members.add(connection);
    this.groups.set(group, members);
  }

  private leave(connection: Connection, group: string): void {
    connection.groups.delete(group);
    const members = this.groups.get(group);
    members?.delete(connection);
    if (members?.size === 0) this.groups.delete(group);
  }

  private drop(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    for (const group of [...connection.groups]) this.leave(connection, group);
  }

  private ack(connection: Connection, ackId: number | undefined, error?: AckErrorName, message?: string): void {
    if (ackId === undefined) return;
    this.send(connection, error ? { type: 'ack', ackId, success: false, error: { name: error, message } } : { type: 'ack', ackId, success: true });
  }

  private send(connection: Connection, frame: PubSubServerMessage): void {
    if (connection.socket.readyState === WebSocket.OPEN) connection.socket.send(JSON.stringify(frame));
  }

  private disconnect(connection: Connection, code: number, reason: string): void {
    this.send(connection, { type: 'system', event: 'disconnected', message: reason });
    connection.socket.close(code, reason);
  }

  private pingAll(): void {
    for (const connection of this.connections) {
      if (!connection.alive) {
        connection.socket.terminate();
        this.drop(connection);
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
    }
  }

  /** Closes every connection (clients reconnect elsewhere or later). */
  async close(): Promise<void> {
    clearInterval(this.pinger);
    for (const connection of [...this.connections]) {
      connection.socket.terminate();
      this.drop(connection);
    }
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
