/** The domain services and facts the HTTP routes need, built once in the composition root. */
import type { ChatLanguageService } from '../domain/access/chat-language-service';
import type { DirectoryRepository } from '../domain/access/directory-repository';
import type { PeopleRepository } from '../domain/people/people-repository';
import type { PeopleService } from '../domain/people/people-service';
import type { RecordDetailsService } from '../domain/records/record-details';
import type { RecordService } from '../domain/records/record-service';
import type { SearchService } from '../domain/search/search-service';
import type { QueueService } from '../domain/queues/queue-service';
import type { MarksService } from '../domain/queues/marks-service';
import type { RecordTypeService } from '../domain/records/record-type-service';
import type { SettingsService } from '../domain/settings/settings-service';
import type { ChatService } from '../domain/chats/chat-service';
import type { ChatQueries } from '../domain/chats/chat-queries';
import type { TimelineService } from '../domain/timeline/timeline-service';
import type { TranscriptService } from '../domain/transcripts/transcript-service';
import type { RecordCardComposer } from '../cards/record-card-composer';
import type { ConversationService } from '../domain/conversations/conversation-service';
import type { PhoneIntake } from '../domain/intake/phone-intake';
import type { AgentMessages } from '../domain/compose/agent-messages';
import type { MessageEditService } from '../domain/compose/message-edit-service';
import type { ReplyTemplateService } from '../domain/compose/reply-template-service';
import type { ActionService } from '../domain/actions/action-service';
import type { SplitService } from '../domain/actions/split-service';
import type { PrivacyParts } from '../privacy-composition';

export interface ApiServices extends PrivacyParts {
  records: RecordService;
  /** H2: text search and filters (GET /api/records, the message extension). */
  search: SearchService;
  /** H2: queue views, counts, get next. */
  queues: QueueService;
  /** H2: favorites and message flags, per user. */
  marks: MarksService;
  details: RecordDetailsService;
  recordTypes: RecordTypeService;
  people: PeopleService;
  peopleRepository: PeopleRepository;
  settings: SettingsService;
  chatLanguages: ChatLanguageService;
  chats: ChatService;
  chatQueries: ChatQueries;
  timeline: TimelineService;
  transcripts: TranscriptService;
  cardComposer: RecordCardComposer;
  /** H4: a record's conversations and their messages. */
  conversations: ConversationService;
  /** H1: phone calls registered by agents. */
  phone: PhoneIntake;
  /** H3: reply, forward, internal note. */
  agentMessages: AgentMessages;
  /** H3: edit a message (history kept). */
  messageEdits: MessageEditService;
  /** H3: reply templates. */
  replyTemplates: ReplyTemplateService;
  /** H3: assign, accept, transfer, close, reopen, postpone, and the record's action audit. */
  actions: ActionService;
  /** H3: split chosen messages into a new case. */
  split: SplitService;
  directory: DirectoryRepository;
  publicUrl: string;
  teamsAppId: string | undefined;
  mode: 'local' | 'azure';
  ssoClientId: string;
  /** Storage reachable? */
  ping(): Promise<void>;
}
