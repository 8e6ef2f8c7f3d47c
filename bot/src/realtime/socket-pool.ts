/**
 * The open sockets of one edge (customer or agent): the `ws` server that upgrades them, the
 * heartbeat that drops dead peers, and a graceful close for shutdown (1001, then terminate what is
 * still open after a short grace).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Heartbeat } from './heartbeat';
import { closeAll, WebSocketServer, type WebSocket } from './ws';

export class SocketPool<C extends { shutdown(): void }> {
  private readonly server: WebSocketServer;
  private readonly heartbeat: Heartbeat;
  private readonly connections = new Set<C>();

  constructor(options: { maxPayloadBytes: number; heartbeatMs: number }) {
    this.server = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes, perMessageDeflate: false });
    this.heartbeat = new Heartbeat(options.heartbeatMs);
  }

  /** Completes the upgrade (after the edge's checks) and keeps the connection `make` builds until it closes. */
  accept(req: IncomingMessage, socket: Duplex, head: Buffer, make: (ws: WebSocket) => C): void {
    this.server.handleUpgrade(req, socket, head, (ws) => {
      const connection = make(ws);
      this.connections.add(connection);
      this.heartbeat.watch(ws);
      ws.on('close', () => this.connections.delete(connection));
    });
  }

  get size(): number {
    return this.connections.size;
  }

  async close(): Promise<void> {
    this.heartbeat.stop();
    for (const connection of [...this.connections]) connection.shutdown();
    await closeAll(this.server);
  }
}
