/**
 * Drops dead sockets: every interval each socket is pinged (WebSocket ping frames, which browsers
 * answer by themselves); one that did not answer the last ping is terminated, so a vanished
 * customer or agent does not hold a subscription forever. Only pongs count: a peer that keeps
 * sending but no longer reads (its pongs stuck behind what it does not read) is dropped too.
 */
import type { WebSocket } from './ws';

export class Heartbeat {
  private readonly alive = new Map<WebSocket, boolean>();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs: number) {
    this.timer = setInterval(() => this.beat(), intervalMs);
    this.timer.unref();
  }

  watch(socket: WebSocket): void {
    this.alive.set(socket, true);
    const seen = () => this.alive.has(socket) && this.alive.set(socket, true);
    socket.on('pong', seen);
    socket.on('close', () => this.alive.delete(socket));
  }

  private beat(): void {
    for (const [socket, alive] of this.alive) {
      if (!alive) {
        this.alive.delete(socket);
        socket.terminate();
        continue;
      }
      this.alive.set(socket, false);
      try {
        socket.ping();
      } catch {
        socket.terminate();
      }
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.alive.clear();
  }
}
