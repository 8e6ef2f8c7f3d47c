/** Favorites and message flags (H2), per user: only on records the caller may read. */
import type { Caller } from '../access/access';
import type { RecordService } from '../records/record-service';
import { ConflictError, PreconditionFailedError } from '../shared/errors';
import type { Clock } from '../shared/types';
import { emptyMarks, hiddenEntryIds, withFavorite, withFlag, withHidden, type UserMarks, type UserMarksRepository } from './user-marks';

export class MarksService {
  constructor(
    private readonly records: RecordService,
    private readonly marks: UserMarksRepository,
    private readonly clock: Clock,
  ) {}

  /** Marks or unmarks a record as the caller's favorite (NotFoundError when they may not read it). */
  async setFavorite(caller: Caller, recordId: string, on: boolean): Promise<void> {
    await this.records.get(caller, recordId);
    await this.change(caller, (m) => withFavorite(m, recordId, on, this.clock().toISOString()));
  }

  /** Flags or unflags a message of a record for the caller. */
  async setFlag(caller: Caller, recordId: string, messageId: string, on: boolean): Promise<void> {
    await this.records.get(caller, recordId);
    await this.change(caller, (m) => withFlag(m, recordId, messageId, on, this.clock().toISOString()));
  }

  /** Is the record one of the caller's favorites? One point read. */
  async isFavorite(caller: Caller, recordId: string): Promise<boolean> {
    const marks = await this.marks.get(caller.tenantId, caller.user.id);
    return marks?.value.favorites.some((f) => f.recordId === recordId) ?? false;
  }

  /** The ids of the record's messages the caller flagged. One point read. */
  async flaggedIn(caller: Caller, recordId: string): Promise<Set<string>> {
    const marks = await this.marks.get(caller.tenantId, caller.user.id);
    return new Set((marks?.value.flags ?? []).filter((f) => f.recordId === recordId).map((f) => f.messageId));
  }

  /**
   * J4: hides a timeline entry of a record for the caller only, or shows it again (NotFoundError
   * when they may not read the record; whether the entry is on it is the caller's check).
   */
  async setHidden(caller: Caller, recordId: string, entryId: string, on: boolean): Promise<void> {
    await this.records.get(caller, recordId);
    await this.change(caller, (m) => withHidden(m, recordId, entryId, on, this.clock().toISOString()));
  }

  /** J4: the ids of the record's timeline entries the caller hid. One point read. */
  async hiddenIn(caller: Caller, recordId: string): Promise<Set<string>> {
    return hiddenEntryIds((await this.marks.get(caller.tenantId, caller.user.id))?.value ?? null, recordId);
  }

  /** Read, change, write on the ETag; a concurrent change of the same user's marks is retried. */
  private async change(caller: Caller, apply: (marks: UserMarks) => UserMarks): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.marks.get(caller.tenantId, caller.user.id);
      try {
        if (current) await this.marks.replace(apply(current.value), current.etag);
        else await this.marks.create(apply(emptyMarks(caller.tenantId, caller.user.id)));
        return;
      } catch (error) {
        if (!(error instanceof PreconditionFailedError) && !(error instanceof ConflictError)) throw error;
      }
    }
    throw new PreconditionFailedError();
  }
}
