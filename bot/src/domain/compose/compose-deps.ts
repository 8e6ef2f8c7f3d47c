/** What the compose services (reply, forward, note, edit) need, built once in the composition root. */
import type { DirectoryRepository } from '../access/directory-repository';
import type { ActingResolver } from '../delegation/ports';
import type { ConversationRepository, MailIndexRepository } from '../conversations/conversation-repository';
import type { PeopleRepository } from '../people/people-repository';
import type { RecordService } from '../records/record-service';
import type { RecordIndexer } from '../search/record-indexer';
import type { AuditRepository } from '../settings/settings-repository';
import type { BlobStore } from '../shared/blob-store';
import type { Clock } from '../shared/types';
import type { TimelineRepository } from '../timeline/timeline';

export interface ComposeDeps {
  records: RecordService;
  conversations: ConversationRepository;
  mailIndex: MailIndexRepository;
  people: PeopleRepository;
  directory: DirectoryRepository;
  /** The support address a record type's mail goes out from (H1 settings), or null. */
  supportAddress(tenantId: string, recordType: string): Promise<string | null>;
  timeline: TimelineRepository;
  audit: AuditRepository;
  indexer: RecordIndexer;
  blobs: BlobStore;
  clock: Clock;
  newId: () => string;
  /** The most bytes of files one outgoing message may carry, new and forwarded together (the mail provider's limit). */
  maxAttachmentBytes: number;
  /** Tells the outgoing sender a message waits (it also finds it by its own sweep). */
  outgoingQueued(message: { tenantId: string; conversationId: string; messageId: string }): void;
  /** J2: who writes when a delegate replies for a delegator (absent: everyone writes for themself). */
  acting?: ActingResolver | undefined;
}
