/**
 * Hands one Graph message to intake: fetch its raw MIME by immutable id, then
 * `acceptRawMail({ source: 'graph', externalId })`. Shared by the notification and delta paths;
 * intake accepts an externalId once, and a small per-instance memory of recent ids saves a second
 * `$value` download when both paths see the same message.
 */
import type { Logger } from 'pino';
import { UnknownMailboxError, type IntakePort } from '../../domain/intake/intake-port';
import { UnparseableMailError } from '../../domain/intake/parsed-mail';
import { MailboxGraphError, type MailboxGraphClient } from './mailbox-graph-client';

const RECENT_LIMIT = 2000;

export class MailboxIntake {
  private readonly recent = new Set<string>();

  constructor(
    private readonly graph: Pick<MailboxGraphClient, 'rawMessage'>,
    private readonly intake: Pick<IntakePort, 'acceptRawMail'>,
    private readonly mailbox: string,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  /** True when intake holds the message (now or before); false when it must be retried later. */
  async accept(immutableId: string, path: 'notification' | 'delta'): Promise<boolean> {
    if (this.recent.has(immutableId)) return true;
    let raw: Buffer;
    try {
      raw = await this.graph.rawMessage(immutableId);
    } catch (error) {
      // No id in the log: the delta round picks the message up.
      const detail = error instanceof MailboxGraphError ? { status: error.status, code: error.code } : { reason: error instanceof Error ? error.name : 'unknown' };
      this.logger.warn({ path, ...detail }, 'graph message not fetched');
      return false;
    }
    try {
      await this.intake.acceptRawMail({ raw, source: 'graph', mailbox: this.mailbox.toLowerCase(), mailFrom: null, externalId: immutableId });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'unknown';
      // Unparseable or not ours: retrying cannot help, so it counts as handled.
      if (error instanceof UnparseableMailError || error instanceof UnknownMailboxError) {
        this.logger.warn({ path, reason: name }, 'graph message refused by intake');
        this.remember(immutableId);
        return true;
      }
      this.logger.warn({ path, reason: name }, 'graph message not accepted');
      return false;
    }
    this.remember(immutableId);
    return true;
  }

  private remember(id: string): void {
    this.recent.add(id);
    if (this.recent.size > RECENT_LIMIT) {
      const oldest = this.recent.values().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
  }
}
