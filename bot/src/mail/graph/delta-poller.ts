/**
 * The safety net under change notifications: every few minutes (and at once after a `missed`
 * lifecycle event or a recreated subscription) one instance, under the `delta` lease, reads the
 * Inbox's message delta from the stored deltaLink and accepts every new message. The first round
 * starts now (`$filter=receivedDateTime ge <now>`), never backfilling the Inbox. An expired delta
 * link (410) restarts from the last completed round. A message that fails keeps the old deltaLink,
 * so the next round sees it again.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../domain/shared/types';
import { MailboxGraphError, type MailboxGraphClient } from './mailbox-graph-client';
import type { MailboxIntake } from './mailbox-intake';
import type { MailboxStateStore } from './mailbox-state-store';

const LEASE_MS = 5 * 60_000;

export type DeltaOutcome = { ran: false } | { ran: true; accepted: number; failed: number };

export class DeltaPoller {
  constructor(
    private readonly graph: Pick<MailboxGraphClient, 'delta'>,
    private readonly intake: MailboxIntake,
    private readonly store: MailboxStateStore,
    private readonly clock: Clock,
    private readonly logger: Pick<Logger, 'warn' | 'info'>,
  ) {}

  /** One round; `{ ran: false }` when another instance holds the lease. */
  async run(): Promise<DeltaOutcome> {
    if (!(await this.store.acquire('delta', LEASE_MS))) return { ran: false };
    const startedAt = this.clock();
    let deltaLink: string | null = null;
    let since = startedAt;
    let accepted = 0;
    let failed = 0;
    try {
      const { value } = await this.store.load();
      if (value.lastDeltaAt) since = new Date(value.lastDeltaAt);
      let round;
      try {
        round = await this.graph.delta(value.deltaLink, since);
      } catch (error) {
        if (!(error instanceof MailboxGraphError && error.status === 410) || value.deltaLink === null) throw error;
        this.logger.warn({}, 'mailbox delta link expired; restarting from the last round');
        round = await this.graph.delta(null, since);
      }
      for (const id of round.addedIds) {
        if (await this.intake.accept(id, 'delta')) accepted++;
        else failed++;
      }
      if (failed === 0) deltaLink = round.deltaLink;
      return { ran: true, accepted, failed };
    } finally {
      await this.store.release('delta', (state) => {
        if (deltaLink !== null) {
          state.deltaLink = deltaLink;
          state.lastDeltaAt = startedAt.toISOString();
        } else if (state.lastDeltaAt === null) {
          // A failed first round: the next one still starts from here.
          state.lastDeltaAt = since.toISOString();
        }
      });
    }
  }
}
