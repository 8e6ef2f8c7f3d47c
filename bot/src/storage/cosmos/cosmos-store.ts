/** Connects to Cosmos DB and builds one repository per domain interface. */
import https from 'node:https';
import { CosmosClient, type Database } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import { CosmosAuditRepository } from './cosmos-audit-repository';
import { CosmosCounterRepository, CosmosRecordTypeRepository, CosmosSettingsRepository } from './cosmos-config-repositories';
import { CosmosDirectoryRepository } from './cosmos-directory-repository';
import { CosmosTermStatsRepository } from './cosmos-term-stats-repository';
import { CosmosPeopleRepository } from './cosmos-people-repository';
import { CosmosRecordRepository } from './cosmos-record-repository';
import { CosmosChatRepository } from './cosmos-chat-repository';
import { CosmosOperationRepository } from './cosmos-operation-repository';
import { CosmosTimelineRepository } from './cosmos-timeline-repository';
import { CosmosTranscriptRepository } from './cosmos-transcript-repository';
import { CosmosConversationRepository } from './cosmos-conversation-repository';
import { CosmosIntakeRepository } from './cosmos-intake-repository';
import { CosmosUserMarksRepository } from './cosmos-user-marks-repository';
import { CosmosMailIndexRepository, CosmosMailRouteRepository } from './cosmos-mail-repositories';
import { ensureContainers } from './containers';
import { CosmosReplyTemplateRepository } from './cosmos-reply-template-repository';
import { CosmosSessionRepository } from './cosmos-session-repository';
import { CosmosAgentStatusRepository } from './cosmos-agent-status-repository';
import { CosmosChatSiteRepository } from './cosmos-chat-site-repository';
import { CosmosParkCardRepository } from './cosmos-park-card-repository';
import { CosmosDelegationRepository } from './cosmos-delegation-repository';
import { CosmosPrivateNoteRepository } from './cosmos-private-note-repository';

export interface CosmosConnection {
  endpoint: string;
  /** Account key; without one the managed identity (DefaultAzureCredential) is used. */
  key?: string | undefined;
  database: string;
  /** Only for the local emulator-like server with its self-signed certificate. */
  allowSelfSigned?: boolean | undefined;
  /** Create the database and containers if missing (local mode; Bicep creates them in Azure). */
  createIfMissing?: boolean | undefined;
}

/** The repositories over one Cosmos database. */
export interface Store {
  client: CosmosClient;
  database: Database;
  directory: CosmosDirectoryRepository;
  records: CosmosRecordRepository;
  counters: CosmosCounterRepository;
  recordTypes: CosmosRecordTypeRepository;
  settings: CosmosSettingsRepository;
  /** G2: per tenant and type, the done cases' term statistics (in the directory container). */
  termStats: CosmosTermStatsRepository;
  audit: CosmosAuditRepository;
  people: CosmosPeopleRepository;
  chats: CosmosChatRepository;
  operations: CosmosOperationRepository;
  timeline: CosmosTimelineRepository;
  transcripts: CosmosTranscriptRepository;
  conversations: CosmosConversationRepository;
  mailIndex: CosmosMailIndexRepository;
  mailRoutes: CosmosMailRouteRepository;
  intake: CosmosIntakeRepository;
  userMarks: CosmosUserMarksRepository;
  /** H3 reply templates (in the directory container). */
  replyTemplates: CosmosReplyTemplateRepository;
  /** I2: customer chat sessions and their archived entries. */
  sessions: CosmosSessionRepository;
  /** I1: agents' status and heartbeat. */
  agentStatus: CosmosAgentStatusRepository;
  /** I2: the tenants' web chat sites (in the directory container). */
  chatSites: CosmosChatSiteRepository;
  /** J1: each user's delegates and delegators, and the tenant's delegation policy. */
  delegations: CosmosDelegationRepository;
  /** J6: where each park's Teams cards were posted (in the operations container). */
  parkCards: CosmosParkCardRepository;
  /** J5: private notes, by author. */
  privateNotes: CosmosPrivateNoteRepository;
  /** Storage reachable: one cheap read of the database. */
  ping(): Promise<void>;
  close(): void;
}

/** Opens the store. */
export async function openStore(connection: CosmosConnection): Promise<Store> {
  const agent = connection.allowSelfSigned ? new https.Agent({ rejectUnauthorized: false, keepAlive: true }) : undefined;
  const client = new CosmosClient({
    endpoint: connection.endpoint,
    ...(connection.key ? { key: connection.key } : { aadCredentials: new DefaultAzureCredential() }),
    ...(agent ? { agent } : {}),
    connectionPolicy: { enableEndpointDiscovery: !connection.allowSelfSigned },
  });
  let database = client.database(connection.database);
  if (connection.createIfMissing) {
    database = (await client.databases.createIfNotExists({ id: connection.database })).database;
    await ensureContainers(database);
  }
  const container = (name: string) => database.container(name);
  const directory = container('directory');
  return {
    client,
    database,
    directory: new CosmosDirectoryRepository(directory),
    records: new CosmosRecordRepository(container('records')),
    counters: new CosmosCounterRepository(directory),
    recordTypes: new CosmosRecordTypeRepository(directory),
    settings: new CosmosSettingsRepository(directory),
    termStats: new CosmosTermStatsRepository(directory),
    audit: new CosmosAuditRepository(container('audit')),
    people: new CosmosPeopleRepository(container('people')),
    chats: new CosmosChatRepository(container('chats')),
    operations: new CosmosOperationRepository(container('operations')),
    timeline: new CosmosTimelineRepository(container('timeline')),
    transcripts: new CosmosTranscriptRepository(container('transcripts')),
    conversations: new CosmosConversationRepository(container('conversations')),
    mailIndex: new CosmosMailIndexRepository(container('mailindex')),
    mailRoutes: new CosmosMailRouteRepository(container('mailroutes')),
    intake: new CosmosIntakeRepository(container('intake')),
    userMarks: new CosmosUserMarksRepository(container('usermarks')),
    replyTemplates: new CosmosReplyTemplateRepository(directory),
    sessions: new CosmosSessionRepository(container('chatsessions'), container('chatmessages')),
    agentStatus: new CosmosAgentStatusRepository(container('agentstatus')),
    chatSites: new CosmosChatSiteRepository(directory),
    delegations: new CosmosDelegationRepository(container('delegations')),
    parkCards: new CosmosParkCardRepository(container('operations')),
    privateNotes: new CosmosPrivateNoteRepository(container('privatenotes')),
    ping: async () => {
      await database.read();
    },
    close: () => {
      client.dispose();
      agent?.destroy();
    },
  };
}
