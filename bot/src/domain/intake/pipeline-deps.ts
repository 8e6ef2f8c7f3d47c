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
import type { RecordIndexer } from '../search/record-indexer';
import type { AddressHealthRepository } from './address-health';
import type { WorkNotifier } from '../work/work-events';

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
  /** H2: makes a stored message's words searchable on its record. */
  indexer?: RecordIndexer | undefined;
  /** Tells the sender loop that an outgoing message is waiting (it sends it at once). */
  outgoingQueued(message: { tenantId: string; conversationId: string; messageId: string }): void;
  /** H3: told when a customer's follow-up lands on a case someone owns (absent: nobody is told). */
  notifier?: WorkNotifier | undefined;
}
