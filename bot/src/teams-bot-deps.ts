/** What every composition that acts in Teams as the bot is given. */
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { CallerService } from './domain/access/caller-service';
import type { DirectoryRepository } from './domain/access/directory-repository';

export interface TeamsBotDeps {
  config: Config;
  logger: Logger;
  adapter: CloudAdapter;
  botAppId: string;
  callers: CallerService;
  directory: Pick<DirectoryRepository, 'getUsers'>;
}
