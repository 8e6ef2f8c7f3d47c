/**
 * The conversation as the widget knows it: entries by seq (a replay or a late fan-out of an entry
 * already here changes nothing), the highest seq up to which nothing is missing (what a resume asks
 * after), and the outbox of messages not acknowledged yet, oldest first.
 */
import type { PublicEntry } from '../../bot/src/realtime/chat-protocol';
import type { Outgoing } from './storage';

export type Added = 'new' | 'replaced' | 'same';

export class Conversation {
  private readonly bySeq = new Map<number, PublicEntry>();
  /** Seqs at or below this are not asked for again (0; or, after a long chat's reload, below the oldest kept entry). */
  private floor: number;
  outbox: Outgoing[];

  constructor(entries: readonly PublicEntry[] = [], outbox: readonly Outgoing[] = [], base = 0) {
    for (const entry of entries) this.bySeq.set(entry.seq, entry);
    this.floor = base;
    this.outbox = [...outbox];
  }

  /** Seqs at or below this are not asked for again. */
  get base(): number {
    return this.floor;
  }

  /** Every entry, in seq order. */
  entries(): PublicEntry[] {
    return [...this.bySeq.values()].sort((a, b) => a.seq - b.seq);
  }

  has(seq: number): boolean {
    return this.bySeq.has(seq);
  }

  /** The last seq with every seq before it here: a resume asks for what follows. */
  since(): number {
    let seq = this.floor;
    while (this.bySeq.has(seq + 1)) seq += 1;
    return seq;
  }

  /** Adds an entry from the server; one of the visitor's own also settles its outbox message. */
  add(entry: PublicEntry): Added {
    const before = this.bySeq.get(entry.seq);
    this.bySeq.set(entry.seq, entry);
    if (entry.kind === 'customer' && entry.clientId !== null) this.settle(entry.clientId);
    if (!before) return 'new';
    return before.text === entry.text && before.at === entry.at && before.authorName === entry.authorName ? 'same' : 'replaced';
  }

  /**
   * The server took the message as `seq`: it leaves the outbox, and stands in for the entry
   * until the entry itself arrives (it may come before or after the ack). Null for an unknown id.
   */
  ack(clientId: string, seq: number): PublicEntry | null {
    const message = this.settle(clientId);
    if (!message) return null;
    const existing = this.bySeq.get(seq);
    if (existing) return existing;
    const entry: PublicEntry = { seq, at: new Date().toISOString(), kind: 'customer', authorName: null, text: message.text.trim(), clientId, note: null };
    this.bySeq.set(seq, entry);
    return entry;
  }

  private settle(clientId: string): Outgoing | null {
    const index = this.outbox.findIndex((m) => m.clientId === clientId);
    if (index < 0) return null;
    const [message] = this.outbox.splice(index, 1);
    return message ?? null;
  }

  clear(): void {
    this.bySeq.clear();
    this.floor = 0;
    this.outbox = [];
  }
}
