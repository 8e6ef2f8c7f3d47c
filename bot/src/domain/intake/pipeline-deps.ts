/** What the intake pipeline (and the acknowledgement it queues) works with. */
import type { DirectoryRepository } from '../access/directory-repository';
import type { ConversationRepository, MailIndexRepository } from '../conversations/conversation-repository';
import type { PeopleRepository } from '../people/people-repository';
import type { RecordService } from '../records/record-service';
import type { RecordTypeService } from '../records/record-type-service';
import type { SettingsService } from '../settings/settings-service';
import type { BlobStore } from '../shared/blob-store';
import type { Clock } from '../shared/types';
import type { TimelineRepository } from '../timeline/timeline';
import type { AckLimiter } from './acknowledgement';
import type { AddressHealthRepository } from './address-health';

export interface PipelineDeps {
  conversations: ConversationRepository;
  mailIndex: MailIndexRepository;
  records: RecordService;
  recordTypes: RecordTypeService;
  people: PeopleRepository;
  settings: SettingsService;
  timeline: TimelineRepository;
  directory: DirectoryRepository;
  blobs: BlobStore;
  ackLimiter: AckLimiter;
  addressHealth: AddressHealthRepository;
  clock: Clock;
  /** Tells the sender loop that an outgoing message is waiting (it sends it at once). */
  outgoingQueued(message: { tenantId: string; conversationId: string; messageId: string }): void;
}
