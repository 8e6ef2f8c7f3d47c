/**
 * The handlers this instance has per group. Both hubs deliver a group's message to them exactly
 * once, whether it came from this instance or from another one; a handler that throws is logged
 * and does not keep the others from getting the message.
 */
import type { Logger } from 'pino';

export type GroupHandler = (data: unknown) => void;

export class LocalSubscribers {
  private readonly groups = new Map<string, Set<GroupHandler>>();
  private readonly resyncs = new Map<string, Set<() => void>>();

  constructor(private readonly logger: Logger) {}

  /** Adds the handler; answers whether it is the group's first (the instance must join). */
  add(group: string, handler: GroupHandler): boolean {
    const handlers = this.groups.get(group);
    if (handlers) {
      handlers.add(handler);
      return false;
    }
    this.groups.set(group, new Set([handler]));
    return true;
  }

  /** Removes the handler; answers whether it was the group's last (the instance may leave). */
  remove(group: string, handler: GroupHandler): boolean {
    const handlers = this.groups.get(group);
    if (!handlers?.delete(handler)) return false;
    if (handlers.size > 0) return false;
    this.groups.delete(group);
    return true;
  }

  /** Adds a resync handler of the group; returns its removal. */
  onResync(group: string, handler: () => void): () => void {
    const handlers = this.resyncs.get(group) ?? new Set<() => void>();
    handlers.add(handler);
    this.resyncs.set(group, handlers);
    return () => {
      const current = this.resyncs.get(group);
      if (!current?.delete(handler)) return;
      if (current.size === 0) this.resyncs.delete(group);
    };
  }

  /** Tells the group's resync handlers that messages may have been missed (they re-read the store). */
  resync(group: string): void {
    for (const handler of [...(this.resyncs.get(group) ?? [])]) {
      try {
        handler();
      } catch (error) {
        this.logger.error({ err: error, group }, 'realtime resync handler failed');
      }
    }
  }

  /** Handlers (message and resync) of every group together (tests, diagnostics: a leak shows here). */
  get count(): number {
    let total = 0;
    for (const handlers of this.groups.values()) total += handlers.size;
    for (const handlers of this.resyncs.values()) total += handlers.size;
    return total;
  }

  has(group: string): boolean {
    return this.groups.has(group);
  }

  /** Every group with at least one handler (rejoined after a reconnect). */
  names(): string[] {
    return [...this.groups.keys()];
  }

  deliver(group: string, data: unknown): void {
    for (const handler of [...(this.groups.get(group) ?? [])]) {
      try {
        handler(data);
      } catch (error) {
        this.logger.error({ err: error, group }, 'realtime subscriber failed');
      }
    }
  }
}
